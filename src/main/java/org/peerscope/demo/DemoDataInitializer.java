package org.peerscope.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peerscope.catalog.CatalogChanged;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty catalogue with the demo data when the web application starts, so a new
 * user sees a working site at once ({@code peerscope.demo-data.enabled}).
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "peerscope.demo-data.enabled", havingValue = "true")
class DemoDataInitializer implements ApplicationRunner {

	/** Fixed, so every new user sees the same catalogue. */
	static final long SEED = 20_261_123L;

	private static final Log logger = LogFactory.getLog(DemoDataInitializer.class);

	private final CatalogGenerator generator;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoDataInitializer(CatalogGenerator generator, ApplicationEventPublisher events, TransactionTemplate transactions,
			JdbcClient jdbc, Clock clock) {
		this.generator = generator;
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = Boolean.TRUE.equals(this.transactions.execute((status) -> {
			// The lock makes two instances starting at once agree on who fills the
			// catalogue.
			this.jdbc.sql("select pg_advisory_xact_lock(20261123)").query().singleRow();
			if (this.jdbc.sql("select exists (select 1 from researchers)").query(Boolean.class).single()) {
				return false;
			}
			long started = System.nanoTime();
			this.generator.generate(SEED, CatalogGenerator.Sizes.DEMO, LocalDate.now(this.clock), logger::debug);
			logger.info("Generated the demo catalogue in " + Duration.ofNanos(System.nanoTime() - started).toMillis()
					+ " ms");
			return true;
		}));
		if (generated) {
			this.events.publishEvent(CatalogChanged.all());
		}
	}

}
