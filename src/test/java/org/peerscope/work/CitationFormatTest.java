package org.peerscope.work;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CitationFormatTest {

	@Property
	void escapedBibtexKeepsBracesBalancedAndReadsBackAsTheText(@ForAll String text) {
		String escaped = CitationFormat.escapeBibtex(text);
		int depth = 0;
		for (int i = 0; i < escaped.length(); i++) {
			char c = escaped.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '{') {
				depth++;
			}
			else if (c == '}') {
				depth--;
				assertThat(depth).isGreaterThanOrEqualTo(0);
			}
		}
		assertThat(depth).isZero();
		assertThat(CitationExportTest.BibtexParser.unescape(escaped))
			.isEqualTo(text.replaceAll("[\\r\\n\\t]+", " ").strip());
	}

	@Test
	void aNameContainingAndStaysOneAuthor() {
		CitationRecord record = new CitationRecord("PW1", "T", "article",
				List.of("Smith and Sons Ltd", "Ada Whitfield"), 2020, LocalDate.of(2020, 1, 2), null, null, null, null,
				"http://x/works/PW1");
		String bibtex = CitationFormat.bibtex(List.of(record));
		assertThat(bibtex).contains("author = {{Smith and Sons Ltd} and Ada Whitfield},");
		assertThat(bibtex).startsWith("@article{ltd2020-pw1,\n  title = {T},\n");
	}

	@Test
	void cslJsonNamesTheFamilyBeforeTheGivenNamesInEveryExport() {
		CitationRecord record = new CitationRecord("PW1", "T", "article", List.of("Ada Whitfield", "Plato"), 2020, null,
				null, null, null, null, "http://x/works/PW1");
		String json = CitationFormat.CSL_JSON.write(List.of(record), JsonMapper.builder().build());
		assertThat(json).contains("\"author\":[{\"family\":\"Whitfield\",\"given\":\"Ada\"},{\"literal\":\"Plato\"}]");
	}

}
