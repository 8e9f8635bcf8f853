package org.peerscope.trust;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.peerscope.trust.TrustInputs.Affiliation;
import org.peerscope.trust.TrustRules.Assessment;
import org.peerscope.trust.TrustRules.Scored;

import static org.assertj.core.api.Assertions.assertThat;

class TrustRulesTest {

	/**
	 * An unclaimed L1 record with an ORCID iD, current affiliation, 20 works since 2010.
	 */
	static TrustInputs typical() {
		return new TrustInputs(false, 1, false, false, false, 0, true, false, Affiliation.CURRENT, 2026,
				"University of Northbridge", 20, 17, 8, 1, 4, 2010, 2026);
	}

	static Builder inputs() {
		return new Builder(typical());
	}

	@Test
	void addsUpATypicalUnclaimedRecordByHand() {
		Assessment assessment = TrustRules.assess(typical());
		// claimed 0, L1 10, ORCID 10, current affiliation 10, DOIs round(15 * 17/20) =
		// 13,
		// co-authors round(10 * (1 + 4/2) / 8) = round(3.75) = 4, age (2026 - 2010) / 2 =
		// 8
		assertThat(assessment.signals()).extracting(Scored::name, Scored::points)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("claimed", 0),
					org.assertj.core.groups.Tuple.tuple("verificationLevel", 10),
					org.assertj.core.groups.Tuple.tuple("orcid", 10),
					org.assertj.core.groups.Tuple.tuple("affiliation", 10),
					org.assertj.core.groups.Tuple.tuple("dois", 13),
					org.assertj.core.groups.Tuple.tuple("coauthors", 4),
					org.assertj.core.groups.Tuple.tuple("recordAge", 8),
					org.assertj.core.groups.Tuple.tuple("openDisputes", 0));
		assertThat(assessment.score()).isEqualTo(55);
		assertThat(assessment.label()).isEqualTo(TrustLabel.EMERGING);
		assertThat(assessment.level()).isEqualTo(1);
		assertThat(assessment.claimed()).isFalse();
	}

	@Nested
	class Claimed {

		@Test
		void givesFifteenPointsWhenClaimed() {
			assertThat(TrustRules.claimed(inputs().claimed(2).build()).points()).isEqualTo(15);
			assertThat(TrustRules.claimed(typical()).points()).isZero();
			assertThat(TrustRules.claimed(typical()).evidenceKey()).isEqualTo("claimed.no");
		}

		@Test
		void claimingRaisesTheScoreAndCanReachVerified() {
			Assessment before = TrustRules.assess(typical());
			Assessment after = TrustRules.assess(inputs().claimed(2).orcidConfirmed().build());
			// +15 for the claim, +10 for L2 over L1
			assertThat(after.score()).isEqualTo(before.score() + 25);
			assertThat(after.label()).isEqualTo(TrustLabel.VERIFIED);
			assertThat(after.claimed()).isTrue();
		}

	}

	@Nested
	class VerificationLevel {

		@Test
		void givesTenPointsPerLevel() {
			for (int level = 0; level <= 3; level++) {
				Scored scored = TrustRules.level(typical(), level);
				assertThat(scored.points()).isEqualTo(10 * level);
				assertThat(scored.maximum()).isEqualTo(30);
			}
		}

		@Test
		void namesTheEvidenceForEachLevel() {
			assertThat(TrustRules.level(typical(), 0).evidenceKey()).isEqualTo("level0");
			assertThat(TrustRules.level(typical(), 1).evidenceKey()).isEqualTo("level1.orcid");
			assertThat(TrustRules.level(inputs().openalex().noOrcid().build(), 1).evidenceKey())
				.isEqualTo("level1.openalex");
			assertThat(TrustRules.level(inputs().openalex().build(), 1).evidenceKey()).isEqualTo("level1.both");
			assertThat(TrustRules.level(inputs().orcidConfirmed().build(), 2).evidenceKey()).isEqualTo("level2.orcid");
			assertThat(TrustRules.level(typical(), 2).evidenceKey()).isEqualTo("level2.email");
			assertThat(TrustRules.level(inputs().reviewed().build(), 3).evidenceKey()).isEqualTo("level3.reviewed");
			assertThat(TrustRules.level(typical(), 3).evidenceKey()).isEqualTo("level3.institution");
		}

		@Test
		void clampsLevelsOutsideZeroToThree() {
			assertThat(TrustRules.assess(inputs().level(7).build()).level()).isEqualTo(3);
			assertThat(TrustRules.assess(inputs().level(-1).build()).level()).isZero();
		}

	}

	@Test
	void orcidGivesTenPoints() {
		assertThat(TrustRules.orcid(typical()).points()).isEqualTo(10);
		assertThat(TrustRules.orcid(inputs().noOrcid().build()).points()).isZero();
		assertThat(TrustRules.orcid(inputs().orcidConfirmed().build()).evidenceKey()).isEqualTo("orcid.confirmed");
	}

	@Test
	void currentAffiliationGivesTenAndAPastOneFive() {
		assertThat(TrustRules.affiliation(typical()).points()).isEqualTo(10);
		assertThat(TrustRules.affiliation(typical()).arguments()).containsExactly("University of Northbridge", 2026);
		assertThat(TrustRules.affiliation(inputs().affiliation(Affiliation.PAST, 2015).build()).points()).isEqualTo(5);
		assertThat(TrustRules.affiliation(inputs().affiliation(Affiliation.NONE, null).build()).points()).isZero();
	}

	@Nested
	class Dois {

		@Test
		void scalesWithTheShareOfWorksWithADoi() {
			assertThat(TrustRules.dois(inputs().works(20, 20).build()).points()).isEqualTo(15);
			assertThat(TrustRules.dois(inputs().works(20, 0).build()).points()).isZero();
			// 15 * 1/2 = 7.5 rounds up
			assertThat(TrustRules.dois(inputs().works(2, 1).build()).points()).isEqualTo(8);
			// 15 * 1/3 = 5
			assertThat(TrustRules.dois(inputs().works(3, 1).build()).points()).isEqualTo(5);
		}

		@Test
		void givesNothingWithoutWorks() {
			Scored scored = TrustRules.dois(inputs().works(0, 0).build());
			assertThat(scored.points()).isZero();
			assertThat(scored.evidenceKey()).isEqualTo("dois.none");
		}

	}

	@Nested
	class Coauthors {

		@Test
		void countsVerifiedCoauthorsFullyAndIdentifiedOnesHalf() {
			assertThat(TrustRules.coauthors(inputs().coauthors(4, 4, 0).build()).points()).isEqualTo(10);
			assertThat(TrustRules.coauthors(inputs().coauthors(4, 0, 4).build()).points()).isEqualTo(5);
			// 10 * (1 + 1/2) / 6 = 2.5 rounds up
			assertThat(TrustRules.coauthors(inputs().coauthors(6, 1, 1).build()).points()).isEqualTo(3);
			assertThat(TrustRules.coauthors(inputs().coauthors(5, 0, 0).build()).points()).isZero();
		}

		@Test
		void givesNothingWithoutCoauthors() {
			assertThat(TrustRules.coauthors(inputs().coauthors(0, 0, 0).build()).evidenceKey())
				.isEqualTo("coauthors.none");
		}

	}

	@Nested
	class RecordAge {

		@Test
		void givesAPointPerTwoFullYearsUpToTen() {
			assertThat(TrustRules.recordAge(inputs().firstYear(2026).build()).points()).isZero();
			assertThat(TrustRules.recordAge(inputs().firstYear(2025).build()).points()).isZero();
			assertThat(TrustRules.recordAge(inputs().firstYear(2023).build()).points()).isEqualTo(1);
			assertThat(TrustRules.recordAge(inputs().firstYear(2006).build()).points()).isEqualTo(10);
			assertThat(TrustRules.recordAge(inputs().firstYear(1970).build()).points()).isEqualTo(10);
		}

		@Test
		void givesNothingWithoutADatedWorkOrForAFutureYear() {
			assertThat(TrustRules.recordAge(inputs().firstYear(null).build()).points()).isZero();
			assertThat(TrustRules.recordAge(inputs().firstYear(2030).build()).points()).isZero();
		}

	}

	@Nested
	class OpenDisputes {

		@Test
		void takesTwentyPointsOffPerDispute() {
			Assessment one = TrustRules.assess(inputs().disputes(1).build());
			assertThat(one.score()).isEqualTo(55 - 20);
			assertThat(one.signals().get(7).points()).isEqualTo(-20);
		}

		@Test
		void neverTakesTheScoreBelowZero() {
			Assessment many = TrustRules.assess(inputs().disputes(5).build());
			assertThat(many.score()).isZero();
			assertThat(many.signals().get(7).points()).isEqualTo(-55);
			assertThat(many.label()).isEqualTo(TrustLabel.UNVERIFIED);
		}

	}

	@Test
	void labelsFollowTheThresholds() {
		assertThat(TrustLabel.forScore(0)).isEqualTo(TrustLabel.UNVERIFIED);
		assertThat(TrustLabel.forScore(34)).isEqualTo(TrustLabel.UNVERIFIED);
		assertThat(TrustLabel.forScore(35)).isEqualTo(TrustLabel.EMERGING);
		assertThat(TrustLabel.forScore(69)).isEqualTo(TrustLabel.EMERGING);
		assertThat(TrustLabel.forScore(70)).isEqualTo(TrustLabel.VERIFIED);
		assertThat(TrustLabel.forScore(84)).isEqualTo(TrustLabel.VERIFIED);
		assertThat(TrustLabel.forScore(85)).isEqualTo(TrustLabel.TRUSTED);
		assertThat(TrustLabel.forScore(100)).isEqualTo(TrustLabel.TRUSTED);
	}

	@Test
	void theMaximumIsAHundredAndAnUnclaimedRecordCannotLookVerified() {
		assertThat(TrustRules.MAXIMUM).isEqualTo(100);
		TrustInputs best = new TrustInputs(true, 3, true, true, true, 0, true, true, Affiliation.CURRENT, null, "X", 10,
				10, 3, 3, 0, 1990, 2026);
		assertThat(TrustRules.assess(best).score()).isEqualTo(100);
		TrustInputs bestUnclaimed = new TrustInputs(false, 1, false, false, false, 0, true, true, Affiliation.CURRENT,
				null, "X", 10, 10, 3, 3, 0, 1990, 2026);
		assertThat(TrustRules.assess(bestUnclaimed).score()).isEqualTo(TrustRules.UNCLAIMED_MAXIMUM).isEqualTo(65);
		assertThat(TrustRules.assess(bestUnclaimed).label()).isEqualTo(TrustLabel.EMERGING);
	}

	/** Changes one input at a time. */
	record Builder(TrustInputs in) {

		Builder claimed(int level) {
			return new Builder(new TrustInputs(true, level, this.in.orcidConfirmed(),
					this.in.institutionEmailVerified(), this.in.reviewed(), this.in.openDisputes(), this.in.hasOrcid(),
					this.in.hasOpenalexId(), this.in.affiliation(), this.in.affiliationLastYear(),
					this.in.institutionName(), this.in.worksCount(), this.in.worksWithDoi(), this.in.coauthors(),
					this.in.verifiedCoauthors(), this.in.identifiedCoauthors(), this.in.firstPublicationYear(),
					this.in.referenceYear()));
		}

		Builder level(int level) {
			return new Builder(this.in.withClaimState(this.in.claimed(), level, this.in.orcidConfirmed(),
					this.in.institutionEmailVerified(), this.in.reviewed(), this.in.openDisputes()));
		}

		Builder orcidConfirmed() {
			return new Builder(this.in.withClaimState(this.in.claimed(), this.in.verificationLevel(), true,
					this.in.institutionEmailVerified(), this.in.reviewed(), this.in.openDisputes()));
		}

		Builder reviewed() {
			return new Builder(this.in.withClaimState(this.in.claimed(), this.in.verificationLevel(),
					this.in.orcidConfirmed(), this.in.institutionEmailVerified(), true, this.in.openDisputes()));
		}

		Builder disputes(int disputes) {
			return new Builder(this.in.withClaimState(this.in.claimed(), this.in.verificationLevel(),
					this.in.orcidConfirmed(), this.in.institutionEmailVerified(), this.in.reviewed(), disputes));
		}

		Builder openalex() {
			return with(true, this.in.hasOrcid());
		}

		Builder noOrcid() {
			return with(this.in.hasOpenalexId(), false);
		}

		private Builder with(boolean openalex, boolean orcid) {
			TrustInputs i = this.in;
			return new Builder(new TrustInputs(i.claimed(), i.verificationLevel(), i.orcidConfirmed(),
					i.institutionEmailVerified(), i.reviewed(), i.openDisputes(), orcid, openalex, i.affiliation(),
					i.affiliationLastYear(), i.institutionName(), i.worksCount(), i.worksWithDoi(), i.coauthors(),
					i.verifiedCoauthors(), i.identifiedCoauthors(), i.firstPublicationYear(), i.referenceYear()));
		}

		Builder affiliation(Affiliation affiliation, Integer lastYear) {
			TrustInputs i = this.in;
			return new Builder(new TrustInputs(i.claimed(), i.verificationLevel(), i.orcidConfirmed(),
					i.institutionEmailVerified(), i.reviewed(), i.openDisputes(), i.hasOrcid(), i.hasOpenalexId(),
					affiliation, lastYear, i.institutionName(), i.worksCount(), i.worksWithDoi(), i.coauthors(),
					i.verifiedCoauthors(), i.identifiedCoauthors(), i.firstPublicationYear(), i.referenceYear()));
		}

		Builder works(int works, int withDoi) {
			TrustInputs i = this.in;
			return new Builder(new TrustInputs(i.claimed(), i.verificationLevel(), i.orcidConfirmed(),
					i.institutionEmailVerified(), i.reviewed(), i.openDisputes(), i.hasOrcid(), i.hasOpenalexId(),
					i.affiliation(), i.affiliationLastYear(), i.institutionName(), works, withDoi, i.coauthors(),
					i.verifiedCoauthors(), i.identifiedCoauthors(), i.firstPublicationYear(), i.referenceYear()));
		}

		Builder coauthors(int all, int verified, int identified) {
			TrustInputs i = this.in;
			return new Builder(new TrustInputs(i.claimed(), i.verificationLevel(), i.orcidConfirmed(),
					i.institutionEmailVerified(), i.reviewed(), i.openDisputes(), i.hasOrcid(), i.hasOpenalexId(),
					i.affiliation(), i.affiliationLastYear(), i.institutionName(), i.worksCount(), i.worksWithDoi(),
					all, verified, identified, i.firstPublicationYear(), i.referenceYear()));
		}

		Builder firstYear(Integer year) {
			TrustInputs i = this.in;
			return new Builder(new TrustInputs(i.claimed(), i.verificationLevel(), i.orcidConfirmed(),
					i.institutionEmailVerified(), i.reviewed(), i.openDisputes(), i.hasOrcid(), i.hasOpenalexId(),
					i.affiliation(), i.affiliationLastYear(), i.institutionName(), i.worksCount(), i.worksWithDoi(),
					i.coauthors(), i.verifiedCoauthors(), i.identifiedCoauthors(), year, i.referenceYear()));
		}

		TrustInputs build() {
			return this.in;
		}

	}

}
