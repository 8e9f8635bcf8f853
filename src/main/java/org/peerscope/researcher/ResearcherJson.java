package org.peerscope.researcher;

import java.time.LocalDate;
import java.util.List;

import org.peerscope.metrics.MetricsReport;
import org.peerscope.trust.TrustSnapshot;

/**
 * The JSON form of a researcher profile ({@code GET /api/researchers/{key}}). Field names
 * are a public contract.
 *
 * @param affiliation the current institution's name, or null when none was imported
 * @param trust the trust score with its breakdown, null when it cannot be computed
 * @param metrics the figures with the source's, null until they are computed
 */
record ResearcherJson(String key, String displayName, List<String> alternativeNames, String orcid, String openalexId,
		String affiliation, List<Affiliation> affiliations, boolean openToCollaborate, int worksCount,
		long citedByCount, int hIndex, int i10Index, double twoYearMeanCitedness, long followerCount, int topicCount,
		int closeCollaboratorCount, boolean claimed, List<Topic> topics, Trust trust, Metrics metrics) {

	static ResearcherJson of(ResearcherProfile profile, MetricsReport report, TrustSnapshot snapshot) {
		ResearcherProfile.MetricsView metrics = (profile.metrics() != null) ? profile.metrics()
				: new ResearcherProfile.MetricsView(0, 0, 0, 0, 0, 0, 0);
		ResearcherProfile.AffiliationView current = profile.currentAffiliation();
		return new ResearcherJson(profile.key(), profile.displayName(), profile.alternativeNames(), profile.orcid(),
				profile.openalexId(), (current != null) ? current.name() : null,
				profile.affiliations()
					.stream()
					.map((a) -> new Affiliation(a.institutionKey(), a.name(), a.countryCode(), a.firstYear(),
							a.lastYear(), a.current()))
					.toList(),
				profile.openToCollaborate(), metrics.worksCount(), metrics.citedByCount(), metrics.hIndex(),
				metrics.i10Index(), metrics.twoYearMeanCitedness(), profile.followerCount(), metrics.topicCount(),
				metrics.closeCollaboratorCount(), profile.claimed() || (snapshot != null && snapshot.claimed()),
				profile.topics().stream().map((t) -> new Topic(t.key(), t.name(), t.field(), t.workCount())).toList(),
				Trust.of(snapshot), Metrics.of(report));
	}

	record Trust(int score, String label, int level, boolean claimed, List<Signal> signals) {

		static Trust of(TrustSnapshot snapshot) {
			if (snapshot == null) {
				return null;
			}
			return new Trust(snapshot.score(), snapshot.label().displayName(), snapshot.level(), snapshot.claimed(),
					snapshot.signals().stream().map((s) -> new Signal(s.name(), s.points(), s.evidence())).toList());
		}

	}

	record Signal(String name, int points, String evidence) {
	}

	record Metrics(int worksCount, long citedByCount, int hIndex, int i10Index, double twoYearMeanCitedness,
			Double noveltyPercent, Double aiScore, String field, Source source) {

		static Metrics of(MetricsReport report) {
			if (report == null) {
				return null;
			}
			MetricsReport.SourceFigures s = report.source();
			return new Metrics(report.worksCount(), report.citedByCount(), report.hIndex(), report.i10Index(),
					report.twoYearMeanCitedness(), report.noveltyPercent(), report.aiScore(), report.field(),
					(s != null) ? new Source(s.name(), s.date(), s.hIndex(), s.citedByCount(), s.worksCount()) : null);
		}

	}

	record Source(String name, LocalDate date, Integer hIndex, Long citedByCount, Integer worksCount) {
	}

	record Affiliation(String key, String name, String countryCode, Integer firstYear, Integer lastYear,
			boolean current) {
	}

	record Topic(String key, String name, String field, int workCount) {
	}

}
