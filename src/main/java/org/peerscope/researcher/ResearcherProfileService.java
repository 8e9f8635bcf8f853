package org.peerscope.researcher;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerscope.claim.ClaimService;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.PageSlice;
import org.peerscope.common.RankedKey;
import org.peerscope.follow.FollowService;
import org.peerscope.work.YearChart;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads researcher pages and lists.
 */
@Service
@Transactional(readOnly = true)
public class ResearcherProfileService {

	static final int TOPIC_CHIPS = 12;

	/** The activity chart covers this many years, ending with the current one. */
	public static final int ACTIVITY_YEARS = 10;

	static final int TEASER_ITEMS = 5;

	private final ResearcherQueries queries;

	private final Clock clock;

	private final FollowService follows;

	private final ClaimService claims;

	ResearcherProfileService(ResearcherQueries queries, Clock clock, FollowService follows, ClaimService claims) {
		this.queries = queries;
		this.clock = clock;
		this.follows = follows;
		this.claims = claims;
	}

	/**
	 * The profile for a public key (any case), or empty when there is no such researcher.
	 */
	public Optional<ResearcherProfile> profile(String rawKey) {
		return CatalogKind.RESEARCHER.normalizeKey(rawKey).flatMap(this.queries::header).map((header) -> {
			long id = header.id();
			return new ResearcherProfile(id, header.key(), header.displayName(), header.alternativeNames(),
					header.orcid(), header.openalexId(), header.openToCollaborate(), this.queries.affiliations(id),
					header.metrics(), this.queries.topics(id, TOPIC_CHIPS), this.follows.followerCount(id),
					this.claims.isClaimed(id));
		});
	}

	/**
	 * Citations and works per year over the last {@value #ACTIVITY_YEARS} years (zero
	 * where there were none).
	 */
	public ResearcherActivity activity(long researcherId) {
		int lastYear = Year.now(this.clock).getValue();
		Map<Integer, long[]> counts = this.queries.yearlyCounts(researcherId, lastYear - ACTIVITY_YEARS + 1);
		Map<Integer, Long> works = new HashMap<>();
		Map<Integer, Long> citations = new HashMap<>();
		counts.forEach((year, values) -> {
			works.put(year, values[0]);
			citations.put(year, values[1]);
		});
		return new ResearcherActivity(YearChart.of(lastYear, ACTIVITY_YEARS, citations),
				YearChart.of(lastYear, ACTIVITY_YEARS, works));
	}

	/** The graph teaser of a researcher, or empty when there is no such researcher. */
	public Optional<GraphTeaser> teaser(String rawKey) {
		return CatalogKind.RESEARCHER.normalizeKey(rawKey)
			.flatMap(this.queries::idOf)
			.map((id) -> this.queries.teaser(id, TEASER_ITEMS));
	}

	/**
	 * Researchers' public keys, most cited first, in batches: the next after the last of
	 * the batch before ({@link RankedKey#FIRST} to begin).
	 */
	public List<RankedKey> keysMostCitedFirst(RankedKey after, int limit) {
		return this.queries.keysMostCitedFirst(after, limit);
	}

	public PageSlice<ResearcherSummary> mostCited(int page, int size) {
		return new PageSlice<>(this.queries.mostCited(PageSlice.offset(page, size), size), page, size,
				this.queries.count());
	}

}
