package org.peerscope.claim;

import java.util.List;
import java.util.Optional;

import org.peerscope.catalog.CatalogChanged;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.PageSlice;
import org.peerscope.work.ResearcherWorksService;
import org.peerscope.work.WorkListItem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the owner of a claimed profile may change: "open to collaborate", a short bio,
 * links, up to five pinned works, and "not me" flags on authorships (they wait for review
 * and count as open disputes in {@code researcher_verification}).
 */
@Service
@Transactional
public class OwnerService {

	public static final int MAX_PINNED = 5;

	private final ClaimService claims;

	private final OwnerStore store;

	private final ResearcherWorksService works;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	OwnerService(ClaimService claims, OwnerStore store, ResearcherWorksService works,
			ApplicationEventPublisher publisher, PlatformTransactionManager transactionManager) {
		this.claims = claims;
		this.store = store;
		this.works = works;
		this.publisher = publisher;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** The profile the account owns, if it owns one. */
	@Transactional(readOnly = true)
	public Optional<OwnerProfile> profileOf(long accountId) {
		return this.claims.ownedResearcherId(accountId).flatMap(this.store::load);
	}

	@Transactional(readOnly = true)
	public PageSlice<WorkListItem> worksOf(OwnerProfile profile, int page, int size) {
		return this.works.authoredWorksWithDisputed(profile.researcherId(), page, size);
	}

	boolean save(long accountId, OwnerProfileForm form) {
		Optional<Long> owned = this.claims.ownedResearcherId(accountId);
		owned.ifPresent((researcherId) -> {
			this.store.save(researcherId, form);
			this.publisher.publishEvent(new OwnerProfileChanged(researcherId));
		});
		return owned.isPresent();
	}

	OwnerOutcome pin(long accountId, String workKey, boolean pin) {
		Optional<Long> owned = this.claims.ownedResearcherId(accountId);
		if (owned.isEmpty()) {
			return OwnerOutcome.NOT_OWNER;
		}
		Optional<Long> work = CatalogKind.WORK.normalizeKey(workKey)
			.flatMap((key) -> this.store.authoredWork(owned.get(), key));
		if (work.isEmpty()) {
			return OwnerOutcome.NOT_THEIR_WORK;
		}
		if (!pin) {
			this.store.unpin(owned.get(), work.get());
			this.publisher.publishEvent(new OwnerProfileChanged(owned.get()));
			return OwnerOutcome.UNPINNED;
		}
		if (!this.store.pin(owned.get(), work.get(), MAX_PINNED)) {
			return OwnerOutcome.PINS_FULL;
		}
		this.publisher.publishEvent(new OwnerProfileChanged(owned.get()));
		return OwnerOutcome.PINNED;
	}

	OwnerOutcome notMe(long accountId, String workKey) {
		Optional<Long> owned = this.claims.ownedResearcherId(accountId);
		if (owned.isEmpty()) {
			return OwnerOutcome.NOT_OWNER;
		}
		Optional<Long> work = CatalogKind.WORK.normalizeKey(workKey)
			.flatMap((key) -> this.store.authoredWork(owned.get(), key));
		if (work.isEmpty()) {
			return OwnerOutcome.NOT_THEIR_WORK;
		}
		this.store.dispute(owned.get(), work.get(), accountId);
		this.publisher.publishEvent(new AuthorshipDisputed(owned.get(), work.get()));
		// The work leaves the list and the figures while the flag awaits review.
		this.publisher.publishEvent(CatalogChanged.researchers(List.of(owned.get())));
		return OwnerOutcome.DISPUTED;
	}

	@Transactional(readOnly = true)
	public List<OpenDispute> openDisputes() {
		return this.store.openDisputes(200);
	}

	/**
	 * An administrator's decision on a "not me" flag. Accepting takes the work off the
	 * researcher's record for good, dismissing puts it back; either way
	 * {@link CatalogChanged} follows after commit so that derived figures are recomputed.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public boolean resolveDispute(long researcherId, long workId, boolean accept) {
		Boolean resolved = this.transactions.execute((status) -> this.store.resolve(researcherId, workId, accept));
		// Accepted, the work is no longer theirs; dismissed, it counts again.
		if (Boolean.TRUE.equals(resolved)) {
			this.publisher.publishEvent(CatalogChanged.researchers(List.of(researcherId)));
		}
		return Boolean.TRUE.equals(resolved);
	}

	enum OwnerOutcome {

		PINNED, UNPINNED, PINS_FULL, DISPUTED, NOT_OWNER, NOT_THEIR_WORK

	}

}
