package org.peerscope.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With several app nodes on one database, the nightly job runs on one of them: a node
 * finds the lock row held by another and skips its run.
 */
@IntegrationTest
@RecordApplicationEvents
class NightlyRecomputeTest {

	@Autowired
	NightlyRecompute job;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void reset() {
		this.catalog.reset();
	}

	@Test
	void runsAndHoldsTheLockWhileNoOtherNodeDoes() {
		this.job.run();
		assertThat(this.events.stream(CatalogChanged.class)).containsExactly(CatalogChanged.all());
		// Held for at least a minute, so a node whose clock fires a little later skips.
		assertThat(this.jdbc.sql("select lock_until > now() + interval '50 seconds' from shedlock where name = ?")
			.param(NightlyRecompute.LOCK_NAME)
			.query(Boolean.class)
			.single()).isTrue();
		this.events.clear();
		this.job.run();
		assertThat(this.events.stream(CatalogChanged.class)).isEmpty();
	}

	@Test
	void skipsWhileAnotherNodeHoldsTheLock() {
		this.jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (?, now() + interval '1 hour', now(), 'node-b')""").param(NightlyRecompute.LOCK_NAME).update();
		this.job.run();
		assertThat(this.events.stream(CatalogChanged.class)).isEmpty();
	}

}
