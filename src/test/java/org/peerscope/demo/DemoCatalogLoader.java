package org.peerscope.demo;

import java.time.LocalDate;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.test.TestCatalog;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills an emptied test catalogue with the demo catalogue and its derived figures. */
final class DemoCatalogLoader {

	private DemoCatalogLoader() {
	}

	static void load(ApplicationContext context) {
		context.getBean(TestCatalog.class).reset();
		context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> context.getBean(CatalogGenerator.class)
				.generate(DemoDataInitializer.SEED, CatalogGenerator.Sizes.DEMO, LocalDate.now(), (line) -> {
				}));
		context.publishEvent(CatalogChanged.all());
	}

}
