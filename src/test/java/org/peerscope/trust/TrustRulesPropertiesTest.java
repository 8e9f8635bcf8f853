package org.peerscope.trust;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.peerscope.trust.TrustInputs.Affiliation;
import org.peerscope.trust.TrustRules.Assessment;
import org.peerscope.trust.TrustRules.Scored;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the trust rules on many generated inputs (fixed seeds: a failure names
 * the seed and always reproduces).
 */
class TrustRulesPropertiesTest {

	static final int CASES = 5_000;

	@Test
	void theBreakdownSumsToTheScoreWhichStaysBetweenZeroAndAHundred() {
		forAll((in, seed) -> {
			Assessment assessment = TrustRules.assess(in);
			assertThat(assessment.signals().stream().mapToInt(Scored::points).sum()).as("seed %d", seed)
				.isEqualTo(assessment.score());
			assertThat(assessment.score()).as("seed %d", seed).isBetween(0, 100);
			assertThat(assessment.label()).isEqualTo(TrustLabel.forScore(assessment.score()));
			for (Scored signal : assessment.signals()) {
				assertThat(signal.points()).as("%s, seed %d", signal.name(), seed)
					.isLessThanOrEqualTo(signal.maximum());
			}
		});
	}

	@Test
	void anUnclaimedRecordNeverReachesVerified() {
		forAll((in, seed) -> {
			if (!in.claimed() && in.verificationLevel() <= 1) {
				assertThat(TrustRules.assess(in).score()).as("seed %d", seed)
					.isLessThanOrEqualTo(TrustRules.UNCLAIMED_MAXIMUM)
					.isLessThan(TrustLabel.VERIFIED.minimumScore());
			}
		});
	}

	@Test
	void aClaimAndAHigherLevelNeverLowerTheScore() {
		forAll((in, seed) -> {
			int before = TrustRules.assess(in).score();
			TrustInputs claimed = in.withClaimState(true, Math.max(2, in.verificationLevel()), in.orcidConfirmed(),
					in.institutionEmailVerified(), in.reviewed(), in.openDisputes());
			assertThat(TrustRules.assess(claimed).score()).as("seed %d", seed).isGreaterThanOrEqualTo(before);
		});
	}

	@Test
	void anOpenDisputeNeverRaisesTheScore() {
		forAll((in, seed) -> {
			int before = TrustRules.assess(in).score();
			TrustInputs disputed = in.withClaimState(in.claimed(), in.verificationLevel(), in.orcidConfirmed(),
					in.institutionEmailVerified(), in.reviewed(), in.openDisputes() + 1);
			assertThat(TrustRules.assess(disputed).score()).as("seed %d", seed).isLessThanOrEqualTo(before);
		});
	}

	static TrustInputs generate(Random random) {
		boolean claimed = random.nextInt(3) == 0;
		int level = claimed ? 2 + random.nextInt(2) : random.nextInt(2);
		if (random.nextInt(20) == 0) {
			level = random.nextInt(9) - 3;
		}
		int works = random.nextInt(4) == 0 ? 0 : random.nextInt(500);
		int coauthors = random.nextInt(4) == 0 ? 0 : random.nextInt(300);
		int verified = (coauthors > 0) ? random.nextInt(coauthors + 1) : 0;
		int identified = (coauthors - verified > 0) ? random.nextInt(coauthors - verified + 1) : 0;
		return new TrustInputs(claimed, level, random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
				random.nextInt(4) == 0 ? random.nextInt(6) : 0, random.nextBoolean(), random.nextBoolean(),
				Affiliation.values()[random.nextInt(3)], random.nextBoolean() ? null : 1990 + random.nextInt(40),
				"Institution", works, (works > 0) ? random.nextInt(works + 1) : 0, coauthors, verified, identified,
				random.nextInt(6) == 0 ? null : 1950 + random.nextInt(85), 2026);
	}

	interface Property {

		void check(TrustInputs inputs, long seed);

	}

	static void forAll(Property property) {
		Random seeds = new Random(20261124L);
		for (int i = 0; i < CASES; i++) {
			long seed = seeds.nextLong();
			property.check(generate(new Random(seed)), seed);
		}
	}

}
