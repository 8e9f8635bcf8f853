package org.peerscope.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.common.CatalogKind;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CatalogLookupTest {

	@Autowired
	CatalogLookup lookup;

	@Autowired
	TestCatalog catalog;

	@BeforeEach
	void reset() {
		this.catalog.reset();
	}

	@Test
	void findsRecordsByPublicKeyOrOpenAlexIdInAnyCase() {
		long ada = this.catalog.researcher("Ada Whitfield").openalexId("A5023888391").insert();
		long work = this.catalog.work("A title").year(2020).authors(ada).insert();
		assertThat(this.lookup.researcher("a5023888391"))
			.hasValue(new CatalogRef(CatalogKind.RESEARCHER, ada, "A5023888391", "Ada Whitfield"));
		assertThat(this.lookup.work(this.catalog.keyOfWork(work).toLowerCase()))
			.hasValueSatisfying((ref) -> assertThat(ref.displayName()).isEqualTo("A title"));
	}

	@Test
	void findsNothingForUnknownOrMalformedKeys() {
		assertThat(this.lookup.researcher("A1")).isEmpty();
		assertThat(this.lookup.researcher("'; drop table researchers; --")).isEmpty();
		assertThat(this.lookup.find(CatalogKind.TOPIC, "W1")).isEmpty();
	}

}
