package org.peerscope.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogKindTest {

	@ParameterizedTest
	@ValueSource(strings = { "A5023888391", "a5023888391", " A5023888391 ", "PA17", "pa17" })
	void acceptsResearcherKeysInAnyCase(String raw) {
		assertThat(CatalogKind.RESEARCHER.normalizeKey(raw)).hasValueSatisfying((key) -> assertThat(key).isUpperCase());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "A", "W123", "A12x", "../A1", "A1;drop table", "A1234567890123456", "PAA1", "%41%31",
			"Ａ１" })
	void rejectsAnythingThatCannotBeAResearcherKey(String raw) {
		assertThat(CatalogKind.RESEARCHER.normalizeKey(raw)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "W2741809807", "pw3" })
	void eachKindHasItsOwnLetter(String raw) {
		assertThat(CatalogKind.WORK.normalizeKey(raw)).isPresent();
		assertThat(CatalogKind.INSTITUTION.normalizeKey(raw)).isEmpty();
	}

}
