package org.peerscope.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.trust.TrustLabel;
import org.peerscope.trust.TrustService;
import org.peerscope.trust.TrustSnapshot;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the whole demo catalogue: every researcher's trust breakdown sums to their score,
 * and the derived figures are all there.
 */
@IntegrationTest
class DemoCatalogTrustTest {

	@Autowired
	TrustService trust;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoResearchersBreakdownSumsToTheirScore() {
		DemoCatalogLoader.load(this.context);

		List<Long> ids = this.jdbc.sql("select id from researchers order by id").query(Long.class).list();
		Map<Long, Integer> stored = new java.util.HashMap<>();
		this.jdbc.sql("select researcher_id, score from researcher_trust").query((rs) -> {
			stored.put(rs.getLong(1), rs.getInt(2));
		});
		assertThat(ids).hasSize(CatalogGenerator.Sizes.DEMO.researchers());
		assertThat(stored).hasSize(ids.size());
		Map<TrustLabel, Integer> labels = new EnumMap<>(TrustLabel.class);
		for (long id : ids) {
			TrustSnapshot snapshot = this.trust.snapshot(id).orElseThrow();
			assertThat(snapshot.signals()).hasSize(8);
			assertThat(snapshot.signals().stream().mapToInt(TrustSnapshot.Signal::points).sum()).as("researcher %d", id)
				.isEqualTo(snapshot.score())
				.isEqualTo(stored.get(id));
			assertThat(snapshot.signals())
				.allSatisfy((signal) -> assertThat(signal.evidence()).isNotBlank().doesNotContain("{"));
			labels.merge(snapshot.label(), 1, Integer::sum);
		}
		// Nobody has claimed anything in the demo: no record can look verified.
		assertThat(labels).doesNotContainKeys(TrustLabel.VERIFIED, TrustLabel.TRUSTED);
		assertThat(labels).containsKeys(TrustLabel.UNVERIFIED, TrustLabel.EMERGING);
		// Every researcher has metrics; the catalogue-wide figures are defined for most.
		assertThat(this.jdbc.sql("select count(*) from researcher_metrics").query(Long.class).single())
			.isEqualTo(ids.size());
		assertThat(this.jdbc
			.sql("select count(*) from researcher_metrics where novelty_percent is not null "
					+ "and ai_score is not null and main_field is not null")
			.query(Long.class)
			.single()).isGreaterThan(ids.size() / 2L);
		assertThat(
				this.jdbc.sql("select count(*) from topic_pair_statistics where atypical").query(Long.class).single())
			.isPositive();
	}

}
