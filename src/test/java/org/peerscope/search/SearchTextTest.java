package org.peerscope.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.peerscope.common.CatalogKind;
import org.peerscope.search.SearchText.Identifier;
import org.peerscope.search.SearchText.IdentifierType;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

	@Test
	void removesControlCharactersAndCollapsesWhiteSpace() {
		SearchText text = SearchText.of("  Dechen\u0000\tZhang \u200b\n ");
		assertThat(text.text()).isEqualTo("Dechen Zhang");
		assertThat(text.shortened()).isFalse();
	}

	@Test
	void nullAndBlankAreEmpty() {
		assertThat(SearchText.of(null).isEmpty()).isTrue();
		assertThat(SearchText.of(" \u0000 ").isEmpty()).isTrue();
		assertThat(SearchText.of(null).isSearchable()).isFalse();
	}

	@Test
	void cutsLongInputAndSaysSo() {
		SearchText text = SearchText.of("x".repeat(1000));
		assertThat(text.text()).hasSize(SearchText.MAX_LENGTH);
		assertThat(text.shortened()).isTrue();
	}

	@Test
	void cutsByCodePointsSoEmojiAreNotSplit() {
		SearchText text = SearchText.of("🔬".repeat(300));
		assertThat(text.text().codePointCount(0, text.text().length())).isEqualTo(SearchText.MAX_LENGTH);
		assertThat(Character.isHighSurrogate(text.text().charAt(text.text().length() - 1))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a", "%", "_", "%%", "🔬🧪", "'\"", "--", "" })
	void needsTwoCharactersWithALetterOrDigit(String raw) {
		assertThat(SearchText.of(raw).isSearchable()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Li", "Zhang", "x1", "Ω z" })
	void searchable(String raw) {
		assertThat(SearchText.of(raw).isSearchable()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "0000-0002-1825-0097, ORCID, 0000-0002-1825-0097",
			"https://orcid.org/0000-0002-1694-233x, ORCID, 0000-0002-1694-233X",
			"orcid.org/0000-0002-1825-0097, ORCID, 0000-0002-1825-0097",
			"10.1234/ABC.def(2024), DOI, 10.1234/abc.def(2024)",
			"https://doi.org/10.1038/nature12373, DOI, 10.1038/nature12373",
			"doi:10.1038/nature12373, DOI, 10.1038/nature12373", "arXiv:2401.01234v2, ARXIV, 2401.01234",
			"https://arxiv.org/abs/2401.01234, ARXIV, 2401.01234", "2401.01234, ARXIV, 2401.01234",
			"hep-th/9901001, ARXIV, hep-th/9901001", "math.ag/0601001v1, ARXIV, math.AG/0601001",
			"a5023888391, OPENALEX, A5023888391", "https://openalex.org/W2741809807, OPENALEX, W2741809807" })
	void recognisesIdentifiers(String raw, IdentifierType type, String value) {
		Identifier identifier = SearchText.of(raw).identifier().orElseThrow();
		assertThat(identifier.type()).isEqualTo(type);
		assertThat(identifier.value()).isEqualTo(value);
	}

	@Test
	void openAlexPrefixesNameTheKind() {
		assertThat(SearchText.of("A123").identifier().orElseThrow().kind()).isEqualTo(CatalogKind.RESEARCHER);
		assertThat(SearchText.of("W123").identifier().orElseThrow().kind()).isEqualTo(CatalogKind.WORK);
		assertThat(SearchText.of("I123").identifier().orElseThrow().kind()).isEqualTo(CatalogKind.INSTITUTION);
		assertThat(SearchText.of("T123").identifier().orElseThrow().kind()).isEqualTo(CatalogKind.TOPIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Dechen Zhang", "graph neural networks", "10.1234", "A", "orcid", "2401", "1234-5678" })
	void ordinaryTextIsNoIdentifier(String raw) {
		assertThat(SearchText.of(raw).identifier()).isEmpty();
	}

	@Test
	void splitsInitialsFromNameWords() {
		SearchText text = SearchText.of("D. Zhang");
		assertThat(text.nameWords()).isEqualTo("Zhang");
		assertThat(text.initials()).containsExactly("d");
		SearchText run = SearchText.of("J.R. Tolkien");
		assertThat(run.nameWords()).isEqualTo("Tolkien");
		assertThat(run.initials()).containsExactly("j", "r");
		assertThat(SearchText.of("Dechen Zhang").initials()).isEmpty();
	}

	@Test
	void allInitialsFallBackToTheWholeText() {
		assertThat(SearchText.of("D. Z.").nameWords()).isEqualTo("D. Z.");
	}

	@Test
	void separatesTheWordBeingTyped() {
		assertThat(SearchText.of("message pass").partialWord())
			.isEqualTo(new SearchText.PartialWord("message", "pass"));
		assertThat(SearchText.of("graphs").partialWord()).isEqualTo(new SearchText.PartialWord("", "graphs"));
		assertThat(SearchText.of("graph!").partialWord()).isEqualTo(new SearchText.PartialWord("graph!", ""));
		assertThat(SearchText.of("\"message pass").partialWord().last()).isEmpty();
	}

}
