package org.peerscope.ingest;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class AbstractTextTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void placesEveryWordAtItsPositions() {
		String index = """
				{"the": [0, 4], "cat": [1], "sat": [2], "on": [3], "mat.": [5]}""";
		assertThat(AbstractText.rebuild(this.json.readTree(index))).isEqualTo("the cat sat on the mat.");
	}

	@Test
	void keepsPunctuationAndCaseAsIndexed() {
		String index = """
				{"Since": [0], "1922": [1], ",": [2], "Wu": [3], "(1922)": [4], "Wu.": [5]}""";
		assertThat(AbstractText.rebuild(this.json.readTree(index))).isEqualTo("Since 1922 , Wu (1922) Wu.");
	}

	@Test
	void noIndexNoAbstract() {
		assertThat(AbstractText.rebuild(null)).isNull();
		assertThat(AbstractText.rebuild(this.json.readTree("{}"))).isNull();
		assertThat(AbstractText.rebuild(this.json.readTree("null"))).isNull();
	}

}
