package org.peerscope.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.peerscope.account.AccountDeleted;
import org.peerscope.account.AccountPageSection;
import org.peerscope.account.AccountService;
import org.peerscope.account.AccountView;
import org.peerscope.account.Mailer;
import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims of researcher records: submitting with evidence, automatic approval (L2) on an
 * institution email domain or a confirmed ORCID iD, the admin queue (approve — L3 when
 * the admin confirms identity — or reject with a reason), unlinking and transferring. The
 * database guarantees one claim per account and one owner per researcher; a race loses
 * with a clear outcome. Every change goes to the audit log and publishes
 * {@link ClaimDecided}.
 */
@Service
public class ClaimService implements AccountPageSection {

	private final ClaimRepository claims;

	private final ClaimEventRepository events;

	private final ClaimQueries queries;

	private final AccountService accounts;

	private final CatalogLookup catalog;

	private final Mailer mailer;

	private final MessageSource messages;

	private final ApplicationEventPublisher publisher;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClaimService(ClaimRepository claims, ClaimEventRepository events, ClaimQueries queries, AccountService accounts,
			CatalogLookup catalog, Mailer mailer, MessageSource messages, ApplicationEventPublisher publisher,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.claims = claims;
		this.events = events;
		this.queries = queries;
		this.accounts = accounts;
		this.catalog = catalog;
		this.mailer = mailer;
		this.messages = messages;
		this.publisher = publisher;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ClaimPanel panel(long researcherId, String researcherKey, Long viewerAccountId) {
		ClaimQueries.PanelRow row = this.queries.panel(researcherId, viewerAccountId);
		ClaimPanel.Viewer viewer;
		if (viewerAccountId == null) {
			viewer = ClaimPanel.Viewer.ANONYMOUS;
		}
		else if (row.ownerId() != null && row.ownerId().equals(viewerAccountId)) {
			viewer = ClaimPanel.Viewer.OWNER;
		}
		else if (row.ownerId() != null) {
			viewer = ClaimPanel.Viewer.OTHER_OWNER;
		}
		else if (row.myResearcherId() != null && row.myResearcherId() == researcherId) {
			viewer = ClaimPanel.Viewer.PENDING_HERE;
		}
		else if (row.myResearcherId() != null) {
			viewer = ClaimPanel.Viewer.HAS_OTHER_CLAIM;
		}
		else {
			viewer = ClaimPanel.Viewer.CAN_CLAIM;
		}
		return new ClaimPanel(researcherKey, row.claimed(), row.level(), viewer);
	}

	@Transactional(readOnly = true)
	public boolean isClaimed(long researcherId) {
		return this.queries.claimed(researcherId);
	}

	/** The researcher this account owns (an approved claim), if any. */
	@Transactional(readOnly = true)
	public Optional<Long> ownedResearcherId(long accountId) {
		return this.queries.ownedResearcher(accountId);
	}

	@Transactional(readOnly = true)
	public Optional<ClaimStatusView> statusOf(long accountId) {
		return this.queries.latestOf(accountId);
	}

	@Override
	public Map<String, Object> attributes(AccountView account) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("claimStatus", statusOf(account.id()).orElse(null));
		return attributes;
	}

	@Transactional(readOnly = true)
	public List<PendingClaim> pending() {
		return this.queries.pending(200);
	}

	@Transactional(readOnly = true)
	public List<ApprovedClaim> approved() {
		return this.queries.approved(200);
	}

	@Transactional(readOnly = true)
	public List<ClaimEventView> history(long researcherId) {
		return this.queries.history(researcherId);
	}

	/**
	 * Files a claim. Approved at once (L2) when the account's verified email is at one of
	 * the researcher's institutions, or the account's confirmed ORCID iD is the record's;
	 * otherwise it waits for review.
	 */
	ClaimOutcome submit(long accountId, String researcherKey, ClaimForm form) {
		Optional<CatalogRef> researcher = this.catalog.researcher(researcherKey);
		Optional<AccountView> account = this.accounts.find(accountId);
		if (researcher.isEmpty()) {
			return ClaimOutcome.NOT_FOUND;
		}
		if (account.isEmpty()) {
			return ClaimOutcome.UNKNOWN_ACCOUNT;
		}
		if (!account.get().emailVerified()) {
			return ClaimOutcome.EMAIL_NOT_VERIFIED;
		}
		long researcherId = researcher.get().id();
		return guarded(() -> {
			if (this.claims.findByResearcherIdAndStatus(researcherId, ClaimStatus.APPROVED).isPresent()) {
				return ClaimOutcome.ALREADY_CLAIMED;
			}
			if (!this.claims.findByAccountIdAndStatusIn(accountId, List.of(ClaimStatus.PENDING, ClaimStatus.APPROVED))
				.isEmpty()) {
				return ClaimOutcome.ALREADY_HAS_CLAIM;
			}
			ClaimRoute route = route(account.get(), researcherId);
			Claim claim = new Claim(accountId, researcherId, route, form.orcidOrNull(), form.emailOrNull(),
					form.statement().strip(), now());
			this.claims.saveAndFlush(claim);
			log(claim, "SUBMITTED", accountId, null);
			if (route == ClaimRoute.REVIEW) {
				return ClaimOutcome.PENDING;
			}
			claim.approve(2, null, null, now());
			this.claims.saveAndFlush(claim);
			log(claim, "AUTO_APPROVED", null, route.name());
			this.publisher.publishEvent(new ClaimDecided(claim.getId(), researcherId, ClaimStatus.APPROVED));
			return ClaimOutcome.AUTO_APPROVED;
		});
	}

	private ClaimRoute route(AccountView account, long researcherId) {
		if (this.queries.domainOfInstitution(researcherId, account.emailDomain())) {
			return ClaimRoute.INSTITUTION_EMAIL;
		}
		Optional<String> orcid = this.queries.orcidOf(researcherId);
		if (orcid.isPresent() && orcid.get().equals(account.confirmedOrcid())) {
			return ClaimRoute.ORCID;
		}
		return ClaimRoute.REVIEW;
	}

	/** Approves a pending claim: L3 when the admin confirmed the claimant's identity. */
	public ClaimOutcome approve(long claimId, long adminId, boolean identityConfirmed, String reason) {
		ClaimOutcome outcome = guarded(() -> {
			Claim claim = this.claims.findById(claimId).orElse(null);
			if (claim == null) {
				return ClaimOutcome.NOT_FOUND;
			}
			if (claim.getStatus() != ClaimStatus.PENDING) {
				return ClaimOutcome.NOT_PENDING;
			}
			claim.approve(identityConfirmed ? 3 : 2, adminId, blankToNull(reason), now());
			this.claims.saveAndFlush(claim);
			log(claim, "APPROVED", adminId, identityConfirmed ? "identity confirmed" : null);
			this.publisher.publishEvent(new ClaimDecided(claimId, claim.getResearcherId(), ClaimStatus.APPROVED));
			return ClaimOutcome.APPROVED;
		});
		if (outcome == ClaimOutcome.APPROVED) {
			notifyClaimant(claimId, "claim.mail.approved", reason);
		}
		return outcome;
	}

	public ClaimOutcome reject(long claimId, long adminId, String reason) {
		ClaimOutcome outcome = guarded(() -> {
			Claim claim = this.claims.findById(claimId).orElse(null);
			if (claim == null) {
				return ClaimOutcome.NOT_FOUND;
			}
			if (claim.getStatus() != ClaimStatus.PENDING) {
				return ClaimOutcome.NOT_PENDING;
			}
			claim.reject(adminId, reason.strip(), now());
			this.claims.saveAndFlush(claim);
			log(claim, "REJECTED", adminId, reason.strip());
			this.publisher.publishEvent(new ClaimDecided(claimId, claim.getResearcherId(), ClaimStatus.REJECTED));
			return ClaimOutcome.REJECTED;
		});
		if (outcome == ClaimOutcome.REJECTED) {
			notifyClaimant(claimId, "claim.mail.rejected", reason);
		}
		return outcome;
	}

	/** Unlinks an approved claim: the record is unclaimed again. */
	public ClaimOutcome unlink(long claimId, long adminId, String reason) {
		return guarded(() -> {
			Claim claim = this.claims.findById(claimId).orElse(null);
			if (claim == null) {
				return ClaimOutcome.NOT_FOUND;
			}
			if (claim.getStatus() != ClaimStatus.APPROVED) {
				return ClaimOutcome.NOT_PENDING;
			}
			claim.unlink(adminId, blankToNull(reason), now());
			this.claims.saveAndFlush(claim);
			log(claim, "UNLINKED", adminId, blankToNull(reason));
			this.publisher.publishEvent(new ClaimDecided(claimId, claim.getResearcherId(), ClaimStatus.UNLINKED));
			return ClaimOutcome.UNLINKED;
		});
	}

	/**
	 * Moves an approved claim to another (verified) account, as an admin-confirmed (L3)
	 * claim.
	 */
	public ClaimOutcome transfer(long claimId, long adminId, String targetEmail, String reason) {
		Optional<AccountView> target = this.accounts.findByEmail(targetEmail);
		if (target.isEmpty() || !target.get().emailVerified()) {
			return ClaimOutcome.UNKNOWN_ACCOUNT;
		}
		return guarded(() -> {
			Claim claim = this.claims.findById(claimId).orElse(null);
			if (claim == null) {
				return ClaimOutcome.NOT_FOUND;
			}
			if (claim.getStatus() != ClaimStatus.APPROVED) {
				return ClaimOutcome.NOT_PENDING;
			}
			claim.unlink(adminId, blankToNull(reason), now());
			this.claims.saveAndFlush(claim);
			log(claim, "UNLINKED", adminId, "transferred to account " + target.get().id());
			Claim moved = new Claim(target.get().id(), claim.getResearcherId(), ClaimRoute.REVIEW, null, null,
					"Transferred by an administrator", now());
			moved.approve(3, adminId, blankToNull(reason), now());
			this.claims.saveAndFlush(moved);
			log(moved, "TRANSFERRED", adminId, "from claim " + claimId);
			this.publisher.publishEvent(new ClaimDecided(moved.getId(), claim.getResearcherId(), ClaimStatus.APPROVED));
			return ClaimOutcome.TRANSFERRED;
		});
	}

	/** A deleted account's claims end; the records are unclaimed again. */
	@EventListener
	void accountDeleted(AccountDeleted event) {
		for (Claim claim : this.claims.findByAccountIdAndStatusIn(event.accountId(),
				List.of(ClaimStatus.PENDING, ClaimStatus.APPROVED))) {
			claim.unlink(null, "account deleted", now());
			this.claims.saveAndFlush(claim);
			log(claim, "UNLINKED", null, "account deleted");
			this.publisher.publishEvent(new ClaimDecided(claim.getId(), claim.getResearcherId(), ClaimStatus.UNLINKED));
		}
	}

	private ClaimOutcome guarded(Supplier<ClaimOutcome> work) {
		try {
			return this.transactions.execute((status) -> work.get());
		}
		catch (DataIntegrityViolationException ex) {
			String message = String.valueOf(ex.getMostSpecificCause().getMessage());
			return message.contains("claims_one_per_account_idx") ? ClaimOutcome.ALREADY_HAS_CLAIM
					: ClaimOutcome.ALREADY_CLAIMED;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return ClaimOutcome.NOT_PENDING;
		}
	}

	private void notifyClaimant(long claimId, String code, String reason) {
		this.claims.findById(claimId).ifPresent((claim) -> {
			if (claim.getAccountId() == null) {
				return;
			}
			String researcherName = this.queries.researcherName(claim.getResearcherId()).orElse("");
			this.accounts.find(claim.getAccountId())
				.ifPresent((account) -> this.mailer.send(account.email(), text(code + ".subject", researcherName),
						text(code + ".body", account.displayName(), researcherName,
								(reason == null || reason.isBlank()) ? "—" : reason.strip())));
		});
	}

	private void log(Claim claim, String event, Long actorId, String detail) {
		this.events.save(new ClaimEvent(claim.getId(), event, actorId, detail, now()));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
