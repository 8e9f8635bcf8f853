package org.peerscope.researcher;

import java.util.Optional;

import org.peerscope.claim.ClaimPanel;
import org.peerscope.claim.ClaimService;
import org.peerscope.follow.FollowService;
import org.peerscope.follow.FollowStatus;
import org.peerscope.metrics.MetricsReport;
import org.peerscope.metrics.MetricsReportService;
import org.peerscope.trust.TrustService;
import org.peerscope.trust.TrustSnapshot;
import org.peerscope.work.ResearcherWorksService;
import org.peerscope.work.WorkListPage;
import org.peerscope.work.WorkListQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the profile page shows, read in one transaction: the features' services join
 * it, so that a page costs one connection checkout and one commit instead of one per
 * feature, and shows one consistent view of the catalogue.
 */
@Service
@Transactional(readOnly = true)
class ResearcherPageService {

	private final ResearcherProfileService profiles;

	private final ResearcherWorksService works;

	private final FollowService follows;

	private final ClaimService claims;

	private final MetricsReportService metrics;

	private final TrustService trust;

	ResearcherPageService(ResearcherProfileService profiles, ResearcherWorksService works, FollowService follows,
			ClaimService claims, MetricsReportService metrics, TrustService trust) {
		this.profiles = profiles;
		this.works = works;
		this.follows = follows;
		this.claims = claims;
		this.metrics = metrics;
		this.trust = trust;
	}

	/** The publication list alone (what the list's own controls ask for). */
	Optional<PublicationList> publications(String key, WorkListQuery query, int pageSize) {
		return this.profiles.profile(key)
			.map((profile) -> new PublicationList(profile, this.works.worksOf(profile.id(), query, pageSize)));
	}

	/** The whole page, as the viewer (signed in or not, {@code null}) sees it. */
	Optional<ResearcherPage> page(String key, WorkListQuery query, int pageSize, Long viewerId) {
		return this.profiles.profile(key)
			.map((profile) -> new ResearcherPage(profile, this.works.worksOf(profile.id(), query, pageSize),
					this.profiles.activity(profile.id()), followStatus(profile, viewerId),
					this.claims.panel(profile.id(), profile.key(), viewerId),
					this.metrics.report(profile.id()).orElse(null), this.trust.snapshot(profile.id()).orElse(null)));
	}

	private FollowStatus followStatus(ResearcherProfile profile, Long viewerId) {
		// The profile's follower count serves an anonymous visitor: one statement less on
		// the pages most read.
		return (viewerId != null) ? this.follows.status(profile.id(), profile.key(), viewerId)
				: FollowStatus.forAnonymousVisitor(profile.key(), profile.followerCount());
	}

	record PublicationList(ResearcherProfile profile, WorkListPage works) {
	}

	record ResearcherPage(ResearcherProfile profile, WorkListPage works, ResearcherActivity activity,
			FollowStatus follow, ClaimPanel claimPanel, MetricsReport metricsReport, TrustSnapshot trustSnapshot) {
	}

}
