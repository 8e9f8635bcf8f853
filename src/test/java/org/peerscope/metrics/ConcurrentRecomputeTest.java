package org.peerscope.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental recomputes of overlapping researchers (two imports, an import and a claim)
 * run at the same time: they must neither deadlock nor trip over each other's co-author
 * links, and leave the same figures as one recompute after the other.
 */
@IntegrationTest
class ConcurrentRecomputeTest {

	private static final int RESEARCHERS = 24;

	@Autowired
	ResearcherMetricsService metrics;

	@Autowired
	TestCatalog catalog;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> researchers = new ArrayList<>();

	private final ExecutorService threads = Executors.newFixedThreadPool(4);

	@BeforeEach
	void aCloselyKnitGroup() {
		this.catalog.reset();
		for (int i = 0; i < RESEARCHERS; i++) {
			this.researchers.add(this.catalog.researcher("Researcher " + i).insert());
		}
		// Everyone has written with almost everyone: every recompute touches the links of
		// every other one.
		Random random = new Random(7);
		for (int w = 0; w < 60; w++) {
			List<Long> byline = new ArrayList<>(this.researchers);
			java.util.Collections.shuffle(byline, random);
			this.catalog.work("Work " + w).year(2000 + w % 25).authors(byline.subList(0, 6).toArray()).insert();
		}
	}

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	private List<String> coauthorLinks() {
		return this.jdbc
			.sql("select researcher_id || '-' || coauthor_id || ':' || shared_works from coauthor_links "
					+ "order by researcher_id, coauthor_id")
			.query(String.class)
			.list();
	}

	@Test
	void overlappingRecomputesInParallelNeitherDeadlockNorFail() throws Exception {
		this.metrics.recompute(this.researchers);
		List<String> sequential = coauthorLinks();
		assertThat(sequential).isNotEmpty();

		Random random = new Random(11);
		for (int round = 0; round < 10; round++) {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				// Overlapping sets in different orders, as two imports' batches would be.
				List<Long> some = new ArrayList<>(this.researchers);
				java.util.Collections.shuffle(some, random);
				List<Long> ids = some.subList(0, RESEARCHERS / 2 + random.nextInt(RESEARCHERS / 2));
				running.add(this.threads.submit(() -> {
					start.await();
					this.metrics.recompute(ids);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> recompute : running) {
				// A deadlock PostgreSQL detects is an exception here; one it cannot see
				// (a
				// wait in Java) a timeout.
				recompute.get(60, TimeUnit.SECONDS);
			}
		}

		assertThat(coauthorLinks()).isEqualTo(sequential);
	}

}
