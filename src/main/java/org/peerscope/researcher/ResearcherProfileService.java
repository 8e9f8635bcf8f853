package org.peerscope.researcher;

import java.util.Optional;

import org.peerscope.claim.ClaimService;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.PageSlice;
import org.peerscope.follow.FollowService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads researcher pages and lists.
 */
@Service
@Transactional(readOnly = true)
public class ResearcherProfileService {

	static final int TOPIC_CHIPS = 12;

	private final ResearcherQueries queries;

	private final FollowService follows;

	private final ClaimService claims;

	ResearcherProfileService(ResearcherQueries queries, FollowService follows, ClaimService claims) {
		this.queries = queries;
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

	public PageSlice<ResearcherSummary> mostCited(int page, int size) {
		return new PageSlice<>(this.queries.mostCited(PageSlice.offset(page, size), size), page, size,
				this.queries.count());
	}

}
