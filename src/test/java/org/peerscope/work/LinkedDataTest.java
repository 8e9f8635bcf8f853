package org.peerscope.work;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LinkedDataTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void writesANodesTypeFirstAndItsPropertiesInTheOrderGiven() {
		Map<String, Object> identifier = LinkedData.node("PropertyValue", "propertyID", "DOI", "value", "10.1/x");
		assertThat(LinkedData.write(this.json, identifier))
			.isEqualTo("{\"@type\":\"PropertyValue\",\"propertyID\":\"DOI\",\"value\":\"10.1/x\"}");
	}

	@Test
	void keepsImportedTextFromClosingTheScriptElement() {
		assertThat(LinkedData.write(this.json, LinkedData.node("Periodical", "name", "</script><b>")))
			.isEqualTo("{\"@type\":\"Periodical\",\"name\":\"\\u003c/script>\\u003cb>\"}");
	}

	@Test
	void refusesAPropertyWithoutItsValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> LinkedData.node("Periodical", "name"));
	}

}
