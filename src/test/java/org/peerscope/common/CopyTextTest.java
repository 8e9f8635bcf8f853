package org.peerscope.common;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CopyTextTest {

	private static String copy(Object value) {
		StringBuilder buffer = new StringBuilder();
		CopyText.appendValue(buffer, value);
		return buffer.toString();
	}

	@Test
	void writesNullsBooleansNumbersAndDatesAsPostgresReadsThem() {
		assertThat(copy(null)).isEqualTo("\\N");
		assertThat(copy(true)).isEqualTo("t");
		assertThat(copy(false)).isEqualTo("f");
		assertThat(copy(42L)).isEqualTo("42");
		assertThat(copy(LocalDate.of(2024, 3, 2))).isEqualTo("2024-03-02");
	}

	@Test
	void escapesWhatWouldEndAColumnOrARowAndDropsNul() {
		assertThat(copy("a\tb\nc\rd\\e\0f")).isEqualTo("a\\tb\\nc\\rd\\\\ef");
		assertThat(copy("\\N")).as("a literal backslash-N is text, not null").isEqualTo("\\\\N");
	}

	@Test
	void writesCollectionsAsQuotedArrayLiterals() {
		assertThat(copy(List.of("Ada", "O\"Brien", "back\\slash")))
			.isEqualTo("{\"Ada\",\"O\\\\\"Brien\",\"back\\\\\\\\slash\"}");
		assertThat(copy(List.of())).isEqualTo("{}");
	}

}
