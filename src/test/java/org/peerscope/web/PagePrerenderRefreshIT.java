package org.peerscope.web;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestSupportConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stored pages have a time to live; passes over the pages rendered ahead come back by
 * themselves at half of it, so that what has aged out is rendered again before visitors
 * ask for it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "peerscope.page-cache.enabled=true", "peerscope.page-cache.prerender=true",
				"peerscope.page-cache.store-time-to-live=2s" })
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
// Its renders ahead must not run beside other classes' tests, which empty the catalogue.
@DirtiesContext
class PagePrerenderRefreshIT {

	@Autowired
	TestCatalog catalog;

	@Autowired
	MeterRegistry meters;

	@Test
	void passesComeBackWithoutAnyChange() {
		// Not emptied first: its passes read the catalogue every second, and emptying it
		// beside them would deadlock.
		this.catalog.researcher("Ada Whitfield").insert();
		// The passes the start asked for are over.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> passes() >= 1 && this.meters.get("page.prerender.active").gauge().value() == 0);
		double passes = passes();

		await().atMost(Duration.ofSeconds(20)).until(() -> passes() >= passes + 2);

		assertThat(this.meters.get("page.prerender.pages").tag("page", "researcher").functionCounter().count())
			.isPositive();
	}

	private double passes() {
		return this.meters.get("page.prerender.passes").functionCounter().count();
	}

}
