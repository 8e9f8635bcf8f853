package org.peerscope.search;

/**
 * The first hits of every kind for one search.
 */
public record SearchOverview(Hits<ResearcherHit> researchers, Hits<WorkHit> works, Hits<TopicHit> topics,
		Hits<InstitutionHit> institutions) {

	public static SearchOverview empty() {
		return new SearchOverview(Hits.none(), Hits.none(), Hits.none(), Hits.none());
	}

	public boolean isEmpty() {
		return this.researchers.isEmpty() && this.works.isEmpty() && this.topics.isEmpty()
				&& this.institutions.isEmpty();
	}

}
