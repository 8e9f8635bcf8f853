package org.peerscope.demo;

import java.time.LocalDate;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.TestCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills an emptied test catalogue with the demo catalogue and its derived figures. */
final class DemoCatalogLoader {

	private DemoCatalogLoader() {
	}

	static void load(TestCatalog catalog, CatalogGenerator generator, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		catalog.reset();
		transactions.executeWithoutResult((status) -> generator.generate(DemoDataInitializer.SEED,
				CatalogGenerator.Sizes.DEMO, LocalDate.now(), (line) -> {
				}));
		events.publishEvent(CatalogChanged.all());
	}

}
