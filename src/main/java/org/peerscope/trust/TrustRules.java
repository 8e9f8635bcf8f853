package org.peerscope.trust;

import java.util.ArrayList;
import java.util.List;

/**
 * The trust score: documented signals, each worth points, with the evidence for them.
 * Pure functions; every rule is written down for users on /about/trust and in
 * docs/trust.md.
 */
final class TrustRules {

	static final int CLAIMED = 15;

	/** Points per verification level L0–L3. */
	static final int[] LEVEL = { 0, 10, 20, 30 };

	static final int ORCID = 10;

	static final int AFFILIATION_CURRENT = 10;

	static final int AFFILIATION_PAST = 5;

	static final int DOIS = 15;

	static final int COAUTHORS = 10;

	static final int RECORD_AGE = 10;

	/** A record gains one point per this many years since its first work. */
	static final int YEARS_PER_AGE_POINT = 2;

	/** Points taken off per open dispute, never more than the other signals gave. */
	static final int PER_OPEN_DISPUTE = 20;

	/** An affiliation that ended at most this many years ago still counts as current. */
	static final int CURRENT_AFFILIATION_YEARS = 2;

	/** The most an unclaimed record can score (level 1, no claim). */
	static final int UNCLAIMED_MAXIMUM = LEVEL[1] + ORCID + AFFILIATION_CURRENT + DOIS + COAUTHORS + RECORD_AGE;

	static final int MAXIMUM = CLAIMED + LEVEL[3] + ORCID + AFFILIATION_CURRENT + DOIS + COAUTHORS + RECORD_AGE;

	private TrustRules() {
	}

	/**
	 * One signal's contribution: {@code evidenceKey} is the message key suffix
	 * ({@code trust.evidence.*}) and {@code arguments} its arguments.
	 */
	record Scored(String name, int points, int maximum, String evidenceKey, List<Object> arguments) {

		Scored {
			arguments = List.copyOf(arguments);
		}

	}

	record Assessment(int score, TrustLabel label, int level, boolean claimed, List<Scored> signals) {

		Assessment {
			signals = List.copyOf(signals);
		}

	}

	static Assessment assess(TrustInputs in) {
		int level = Math.max(0, Math.min(3, in.verificationLevel()));
		List<Scored> signals = new ArrayList<>();
		signals.add(claimed(in));
		signals.add(level(in, level));
		signals.add(orcid(in));
		signals.add(affiliation(in));
		signals.add(dois(in));
		signals.add(coauthors(in));
		signals.add(recordAge(in));
		int positive = signals.stream().mapToInt(Scored::points).sum();
		signals.add(disputes(in, positive));
		int score = signals.stream().mapToInt(Scored::points).sum();
		return new Assessment(score, TrustLabel.forScore(score), level, in.claimed(), signals);
	}

	static Scored claimed(TrustInputs in) {
		return in.claimed() ? new Scored("claimed", CLAIMED, CLAIMED, "claimed.yes", List.of())
				: new Scored("claimed", 0, CLAIMED, "claimed.no", List.of());
	}

	static Scored level(TrustInputs in, int level) {
		String evidence = switch (level) {
			case 0 -> "level0";
			case 1 -> in.hasOpenalexId() && in.hasOrcid() ? "level1.both"
					: in.hasOpenalexId() ? "level1.openalex" : "level1.orcid";
			case 2 -> in.orcidConfirmed() && in.institutionEmailVerified() ? "level2.both"
					: in.orcidConfirmed() ? "level2.orcid" : "level2.email";
			default -> in.reviewed() ? "level3.reviewed" : "level3.institution";
		};
		return new Scored("verificationLevel", LEVEL[level], LEVEL[3], evidence, List.of(level));
	}

	static Scored orcid(TrustInputs in) {
		if (!in.hasOrcid()) {
			return new Scored("orcid", 0, ORCID, "orcid.no", List.of());
		}
		return new Scored("orcid", ORCID, ORCID, in.orcidConfirmed() ? "orcid.confirmed" : "orcid.yes", List.of());
	}

	static Scored affiliation(TrustInputs in) {
		String name = (in.institutionName() != null) ? in.institutionName() : "";
		return switch (in.affiliation()) {
			case CURRENT -> new Scored("affiliation", AFFILIATION_CURRENT, AFFILIATION_CURRENT,
					(in.affiliationLastYear() != null) ? "affiliation.current.until" : "affiliation.current",
					(in.affiliationLastYear() != null) ? List.of(name, in.affiliationLastYear()) : List.of(name));
			case PAST -> new Scored("affiliation", AFFILIATION_PAST, AFFILIATION_CURRENT,
					(in.affiliationLastYear() != null) ? "affiliation.past.until" : "affiliation.past",
					(in.affiliationLastYear() != null) ? List.of(name, in.affiliationLastYear()) : List.of(name));
			case NONE -> new Scored("affiliation", 0, AFFILIATION_CURRENT, "affiliation.none", List.of());
		};
	}

	/** {@value #DOIS} points times the share of works with a DOI, rounded. */
	static Scored dois(TrustInputs in) {
		if (in.worksCount() == 0) {
			return new Scored("dois", 0, DOIS, "dois.none", List.of());
		}
		int points = (int) Math.round((double) DOIS * in.worksWithDoi() / in.worksCount());
		return new Scored("dois", points, DOIS, "dois.share", List.of(in.worksWithDoi(), in.worksCount()));
	}

	/**
	 * {@value #COAUTHORS} points times the share of co-authors who are verified (level 2
	 * or above; those at level 1, with a persistent identifier, count half), rounded.
	 */
	static Scored coauthors(TrustInputs in) {
		if (in.coauthors() == 0) {
			return new Scored("coauthors", 0, COAUTHORS, "coauthors.none", List.of());
		}
		double weight = in.verifiedCoauthors() + in.identifiedCoauthors() / 2.0;
		int points = (int) Math.round(COAUTHORS * weight / in.coauthors());
		return new Scored("coauthors", points, COAUTHORS, "coauthors.share",
				List.of(in.verifiedCoauthors(), in.coauthors(), in.identifiedCoauthors()));
	}

	/**
	 * One point per {@value #YEARS_PER_AGE_POINT} years since the first work, at most 10.
	 */
	static Scored recordAge(TrustInputs in) {
		if (in.firstPublicationYear() == null) {
			return new Scored("recordAge", 0, RECORD_AGE, "recordAge.none", List.of());
		}
		int years = Math.max(0, in.referenceYear() - in.firstPublicationYear());
		int points = Math.min(RECORD_AGE, years / YEARS_PER_AGE_POINT);
		return new Scored("recordAge", points, RECORD_AGE, "recordAge.years",
				List.of(in.firstPublicationYear(), years));
	}

	/**
	 * {@value #PER_OPEN_DISPUTE} points off per open dispute, at most what the other
	 * signals gave, so the score never goes below zero and the breakdown still sums to
	 * it.
	 */
	static Scored disputes(TrustInputs in, int otherPoints) {
		int disputes = Math.max(0, in.openDisputes());
		if (disputes == 0) {
			return new Scored("openDisputes", 0, 0, "openDisputes.none", List.of());
		}
		long penalty = Math.min((long) PER_OPEN_DISPUTE * disputes, otherPoints);
		return new Scored("openDisputes", (int) -penalty, 0, "openDisputes.some", List.of(disputes));
	}

}
