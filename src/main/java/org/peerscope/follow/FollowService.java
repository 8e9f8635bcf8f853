package org.peerscope.follow;

import java.util.Optional;

import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.claim.ClaimService;
import org.peerscope.common.PageSlice;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following researchers: the button state, follow and unfollow, the list of followed
 * researchers and the feed of their works. Nobody follows the profile they claimed.
 */
@Service
@Transactional
public class FollowService {

	private final FollowStore store;

	private final CatalogLookup catalog;

	private final ClaimService claims;

	private final ApplicationEventPublisher events;

	FollowService(FollowStore store, CatalogLookup catalog, ClaimService claims, ApplicationEventPublisher events) {
		this.store = store;
		this.catalog = catalog;
		this.claims = claims;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public FollowStatus status(long researcherId, String researcherKey, Long accountId) {
		boolean own = accountId != null
				&& this.claims.ownedResearcherId(accountId).filter((id) -> id == researcherId).isPresent();
		return this.store.status(researcherId, researcherKey, accountId, own);
	}

	@Transactional(readOnly = true)
	public long followerCount(long researcherId) {
		return this.store.followers(researcherId);
	}

	public FollowOutcome follow(long accountId, String researcherKey) {
		Optional<CatalogRef> researcher = this.catalog.researcher(researcherKey);
		if (researcher.isEmpty()) {
			return FollowOutcome.NOT_FOUND;
		}
		long id = researcher.get().id();
		if (this.claims.ownedResearcherId(accountId).filter((owned) -> owned == id).isPresent()) {
			return FollowOutcome.OWN_PROFILE;
		}
		if (!this.store.follow(accountId, id)) {
			return FollowOutcome.ALREADY_FOLLOWING;
		}
		this.events.publishEvent(new FollowChanged(id));
		return FollowOutcome.FOLLOWED;
	}

	public FollowOutcome unfollow(long accountId, String researcherKey) {
		Optional<CatalogRef> researcher = this.catalog.researcher(researcherKey);
		if (researcher.isEmpty()) {
			return FollowOutcome.NOT_FOUND;
		}
		if (!this.store.unfollow(accountId, researcher.get().id())) {
			return FollowOutcome.NOT_FOLLOWING;
		}
		this.events.publishEvent(new FollowChanged(researcher.get().id()));
		return FollowOutcome.UNFOLLOWED;
	}

	@Transactional(readOnly = true)
	public PageSlice<FollowedResearcher> following(long accountId, int page, int size) {
		return new PageSlice<>(this.store.following(accountId, PageSlice.offset(page, size), size), page, size,
				this.store.followingCount(accountId));
	}

	@Transactional(readOnly = true)
	public PageSlice<FeedItem> feed(long accountId, int page, int size) {
		return new PageSlice<>(this.store.feed(accountId, PageSlice.offset(page, size), size), page, size,
				this.store.feedCount(accountId));
	}

}
