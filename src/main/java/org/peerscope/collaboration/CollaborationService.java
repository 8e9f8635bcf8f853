package org.peerscope.collaboration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.peerscope.account.AccountDeleted;
import org.peerscope.account.AccountProperties;
import org.peerscope.account.AccountService;
import org.peerscope.account.AccountView;
import org.peerscope.account.Mailer;
import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.collaboration.CollaborationQueries.InboxRow;
import org.peerscope.collaboration.CollaborationQueries.MessageSlice;
import org.peerscope.collaboration.CollaborationQueries.Option;
import org.peerscope.collaboration.CollaborationQueries.ThreadHead;
import org.peerscope.collaboration.CollaborationViews.Inbox;
import org.peerscope.collaboration.CollaborationViews.InvitationDetail;
import org.peerscope.collaboration.CollaborationViews.InviteOptions;
import org.peerscope.collaboration.CollaborationViews.MessageView;
import org.peerscope.collaboration.CollaborationViews.Pointer;
import org.peerscope.collaboration.CollaborationViews.ReportView;
import org.peerscope.collaboration.CollaborationViews.SuspensionView;
import org.peerscope.collaboration.CollaborationViews.ThreadPage;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Direct collaboration between owners of claimed profiles: the panel of a researcher
 * page, invitations with their limits, answers (accept, decline, block, report), threads
 * with read state and archive, mails with a daily cap, and the admins' spam reports. The
 * database keeps one pending invitation per pair and every message once; every read
 * checks that the account takes part.
 */
@Service
public class CollaborationService {

	static final int OPTIONS = 10;

	static final int INBOX_SIZE = 50;

	static final int THREAD_PAGE = 50;

	private final InvitationRepository invitations;

	private final MessageRepository messages;

	private final CollaborationQueries queries;

	private final CollaborationStore store;

	private final CatalogLookup catalog;

	private final AccountService accounts;

	private final AccountProperties accountProperties;

	private final Mailer mailer;

	private final MessageSource texts;

	private final CollaborationProperties limits;

	private final TransactionTemplate transactions;

	private final Clock clock;

	CollaborationService(InvitationRepository invitations, MessageRepository messages, CollaborationQueries queries,
			CollaborationStore store, CatalogLookup catalog, AccountService accounts,
			AccountProperties accountProperties, Mailer mailer, MessageSource texts, CollaborationProperties limits,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.invitations = invitations;
		this.messages = messages;
		this.queries = queries;
		this.store = store;
		this.catalog = catalog;
		this.accounts = accounts;
		this.accountProperties = accountProperties;
		this.mailer = mailer;
		this.texts = texts;
		this.limits = limits;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The panel for a researcher page; empty for an unknown researcher. */
	@Transactional(readOnly = true)
	public Optional<CollaborationPanel> panel(String researcherKey, Long viewerId) {
		return this.catalog.researcher(researcherKey).map((researcher) -> panel(researcher, viewerId));
	}

	private CollaborationPanel panel(CatalogRef researcher, Long viewerId) {
		if (viewerId == null) {
			return new CollaborationPanel(researcher.key(), researcher.displayName(), Availability.ANONYMOUS, null,
					null, this.limits.invitationsPerDay());
		}
		return panel(facts(researcher.id(), viewerId), viewerId);
	}

	private CollaborationPanel panel(InviteFacts facts, long viewerId) {
		Availability availability = facts.availability(viewerId, now(), this.limits);
		return new CollaborationPanel(facts.researcherKey(), facts.researcherName(), availability, facts.pendingId(),
				(availability == Availability.COOLING_DOWN)
						? LocalDate.ofInstant(facts.cooldownEnds(this.limits), ZoneOffset.UTC) : null,
				this.limits.invitationsPerDay());
	}

	/** The panel and, when the viewer may invite, what the form offers to point at. */
	@Transactional(readOnly = true)
	Optional<InvitePage> invitePage(String researcherKey, long viewerId) {
		return this.catalog.researcher(researcherKey).map((researcher) -> {
			InviteFacts facts = facts(researcher.id(), viewerId);
			CollaborationPanel panel = panel(facts, viewerId);
			if (!panel.canInvite()) {
				return new InvitePage(panel, new InviteOptions(List.of(), List.of()));
			}
			return new InvitePage(panel,
					new InviteOptions(
							pointers(this.queries.topicOptions(researcher.id(), facts.viewerResearcherId(), OPTIONS)),
							pointers(this.queries.workOptions(researcher.id(), OPTIONS))));
		});
	}

	/**
	 * Sends an invitation when every rule allows it; the same form sent again answers
	 * with the first invitation. Empty for an unknown researcher.
	 */
	Optional<InviteOutcome> invite(long senderId, String researcherKey, InvitationForm form) {
		Optional<CatalogRef> researcher = this.catalog.researcher(researcherKey);
		if (researcher.isEmpty()) {
			return Optional.empty();
		}
		long researcherId = researcher.get().id();
		InviteOutcome outcome;
		try {
			outcome = this.transactions.execute((status) -> {
				this.store.lockSender(senderId);
				Optional<Invitation> again = this.invitations.findBySenderIdAndClientToken(senderId, form.token());
				if (again.isPresent()) {
					return InviteOutcome.sent(again.get().getId(), true);
				}
				InviteFacts facts = facts(researcherId, senderId);
				Availability availability = facts.availability(senderId, now(), this.limits);
				if (availability != Availability.CAN_INVITE) {
					return InviteOutcome.refused(availability);
				}
				List<Long> topics = chosen(form.topicKeys(),
						this.queries.topicOptions(researcherId, facts.viewerResearcherId(), OPTIONS));
				List<Long> works = chosen(form.workKeys(), this.queries.workOptions(researcherId, OPTIONS));
				if (topics == null || works == null) {
					return InviteOutcome.unknownPointers();
				}
				Invitation invitation = new Invitation(senderId, facts.viewerResearcherId(), facts.ownerId(),
						researcherId, form.subject().strip(), form.message().strip(), form.token(), now());
				this.invitations.saveAndFlush(invitation);
				this.store.point(invitation.getId(), topics, works);
				return InviteOutcome.sent(invitation.getId(), false);
			});
		}
		catch (DataIntegrityViolationException ex) {
			// The other account invited this one at the same moment: theirs is pending.
			outcome = InviteOutcome.refused(Availability.PENDING_RECEIVED);
		}
		if (outcome.sent() && !outcome.repeated()) {
			mailInvitation(outcome.invitationId());
		}
		return Optional.of(outcome);
	}

	/** The ids of the chosen keys among those offered; null when one was not offered. */
	private static List<Long> chosen(List<String> keys, List<Option> offered) {
		Map<String, Long> ids = offered.stream().collect(Collectors.toMap(Option::key, Option::id));
		List<Long> chosen = new ArrayList<>();
		for (String key : keys.stream().distinct().toList()) {
			Long id = ids.get(key);
			if (id == null) {
				return null;
			}
			chosen.add(id);
		}
		return chosen;
	}

	@Transactional(readOnly = true)
	Inbox inbox(long accountId, boolean archived) {
		List<InboxRow> rows = this.queries.invitations(accountId, INBOX_SIZE);
		return new Inbox(rows.stream().filter(InboxRow::incoming).map(InboxRow::summary).toList(),
				rows.stream().filter((row) -> !row.incoming()).map(InboxRow::summary).toList(),
				this.queries.threads(accountId, archived, 100), archived);
	}

	/** Pending invitations to the account plus its unread messages: the header badge. */
	@Transactional(readOnly = true)
	public long unread(long accountId) {
		return this.queries.unread(accountId);
	}

	@Transactional(readOnly = true)
	Optional<InvitationDetail> invitation(long invitationId, long accountId) {
		return this.queries.invitation(invitationId, accountId);
	}

	/** Accepts an invitation to the account: opens the thread. */
	Answer accept(long invitationId, long accountId) {
		Answer answer = guarded(() -> {
			Invitation invitation = received(invitationId, accountId);
			if (invitation == null) {
				return new Answer(ActionOutcome.NOT_FOUND, null);
			}
			if (!invitation.isPending()) {
				return new Answer(notPending(invitation), null);
			}
			if (invitation.getSenderId() == null) {
				return new Answer(ActionOutcome.NOT_PENDING, null);
			}
			invitation.accept(now());
			this.invitations.saveAndFlush(invitation);
			long thread = this.store.openThread(invitationId, invitation.getSenderId(), accountId);
			return new Answer(ActionOutcome.DONE, thread);
		});
		if (answer.outcome() == ActionOutcome.DONE) {
			mailSender(invitationId, "collaboration.mail.accepted", answer.threadId());
		}
		return answer;
	}

	ActionOutcome decline(long invitationId, long accountId, String note) {
		ActionOutcome outcome = guarded(() -> {
			Invitation invitation = received(invitationId, accountId);
			if (invitation == null) {
				return new Answer(ActionOutcome.NOT_FOUND, null);
			}
			if (!invitation.isPending()) {
				return new Answer(notPending(invitation), null);
			}
			invitation.decline(note, now());
			this.invitations.saveAndFlush(invitation);
			return new Answer(ActionOutcome.DONE, null);
		}).outcome();
		if (outcome == ActionOutcome.DONE) {
			mailSender(invitationId, "collaboration.mail.declined", null);
		}
		return outcome;
	}

	/**
	 * Withdraws a pending invitation the account sent. It is no decline: no cool-down
	 * starts, and either of the pair may invite the other again.
	 */
	ActionOutcome withdraw(long invitationId, long accountId) {
		return guarded(() -> {
			Invitation invitation = sent(invitationId, accountId);
			if (invitation == null) {
				return new Answer(ActionOutcome.NOT_FOUND, null);
			}
			if (!invitation.isPending()) {
				return new Answer(notPending(invitation), null);
			}
			invitation.withdraw(now());
			this.invitations.saveAndFlush(invitation);
			return new Answer(ActionOutcome.DONE, null);
		}).outcome();
	}

	/** Why an invitation that is no longer pending can't be answered or withdrawn. */
	private static ActionOutcome notPending(Invitation invitation) {
		return (invitation.getStatus() == InvitationStatus.WITHDRAWN) ? ActionOutcome.WITHDRAWN
				: ActionOutcome.NOT_PENDING;
	}

	/**
	 * Blocks the sender of an invitation to the account (declining it when pending): they
	 * can't invite this account again.
	 */
	ActionOutcome block(long invitationId, long accountId) {
		return guarded(() -> {
			Invitation invitation = received(invitationId, accountId);
			if (invitation == null) {
				return new Answer(ActionOutcome.NOT_FOUND, null);
			}
			if (invitation.isPending()) {
				invitation.decline(null, now());
				this.invitations.saveAndFlush(invitation);
			}
			if (invitation.getSenderId() != null) {
				this.store.block(accountId, invitation.getSenderId());
			}
			return new Answer(ActionOutcome.DONE, null);
		}).outcome();
	}

	ActionOutcome unblock(long invitationId, long accountId) {
		return guarded(() -> {
			Invitation invitation = received(invitationId, accountId);
			if (invitation == null) {
				return new Answer(ActionOutcome.NOT_FOUND, null);
			}
			boolean removed = invitation.getSenderId() != null
					&& this.store.unblock(accountId, invitation.getSenderId());
			return new Answer(removed ? ActionOutcome.DONE : ActionOutcome.UNCHANGED, null);
		}).outcome();
	}

	/** Reports an invitation to the account as spam, for the administrators. */
	ActionOutcome report(long invitationId, long accountId, String reason) {
		return guarded(() -> {
			if (received(invitationId, accountId) == null) {
				return new Answer(ActionOutcome.NOT_FOUND, null);
			}
			boolean filed = this.store.report(invitationId, accountId, reason);
			return new Answer(filed ? ActionOutcome.DONE : ActionOutcome.UNCHANGED, null);
		}).outcome();
	}

	private Invitation received(long invitationId, long accountId) {
		return ofParty(invitationId, accountId, Invitation::getRecipientId);
	}

	private Invitation sent(long invitationId, long accountId) {
		return ofParty(invitationId, accountId, Invitation::getSenderId);
	}

	/** The invitation when the account is the given party of it, else null. */
	private Invitation ofParty(long invitationId, long accountId, Function<Invitation, Long> party) {
		return this.invitations.findById(invitationId)
			.filter((invitation) -> Long.valueOf(accountId).equals(party.apply(invitation)))
			.orElse(null);
	}

	/**
	 * A page of the thread, when the account takes part in it: its latest messages, or
	 * with {@code before} the page older than that message. The latest page marks the
	 * thread read up to its newest message; an older page leaves the read mark alone, as
	 * the mark only moves forward and the latest page is where it moves.
	 */
	@Transactional
	Optional<ThreadPage> thread(long threadId, long accountId, Long before) {
		Optional<ThreadHead> found = this.queries.threadHead(threadId, accountId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ThreadHead head = found.get();
		MessageSlice slice = this.queries.messages(threadId, accountId, head.lastRead(), before, THREAD_PAGE);
		List<MessageView> shown = slice.messages();
		boolean latest = before == null;
		long newest = shown.isEmpty() ? 0 : shown.get(shown.size() - 1).id();
		if (latest && newest > head.lastRead()) {
			this.store.markRead(threadId, accountId, newest);
		}
		return Optional.of(new ThreadPage(head.id(), head.invitationId(), head.subject(),
				Linkifier.segments(head.message()), head.otherName(), head.otherKey(), head.archived(), shown,
				slice.more() ? shown.get(0).id() : null, latest));
	}

	/** Adds a message; the same form sent again (same token) is stored once. */
	ActionOutcome send(long threadId, long accountId, MessageForm form) {
		ActionOutcome outcome;
		try {
			outcome = this.transactions.execute((status) -> {
				if (!this.queries.participant(threadId, accountId)) {
					return ActionOutcome.NOT_FOUND;
				}
				if (this.queries.otherParticipant(threadId, accountId).isEmpty()) {
					return ActionOutcome.CLOSED;
				}
				Message message = this.messages
					.saveAndFlush(new Message(threadId, accountId, form.body().strip(), form.token(), now()));
				this.store.markRead(threadId, accountId, message.getId());
				this.store.unarchiveForOthers(threadId, accountId);
				return ActionOutcome.DONE;
			});
		}
		catch (DataIntegrityViolationException ex) {
			outcome = ActionOutcome.UNCHANGED;
		}
		if (outcome == ActionOutcome.DONE) {
			mailNewMessage(threadId, accountId);
		}
		return outcome;
	}

	ActionOutcome archive(long threadId, long accountId, boolean archived) {
		return this.store.archive(threadId, accountId, archived) ? ActionOutcome.DONE : ActionOutcome.NOT_FOUND;
	}

	/** Pending invitations from or to a deleted account go; its threads stay readable. */
	@EventListener
	void accountDeleted(AccountDeleted event) {
		this.store.dropPendingOf(event.accountId());
	}

	@Transactional(readOnly = true)
	public List<ReportView> reports() {
		return this.queries.reports(200);
	}

	/**
	 * Closes a report. Acting on it declines the invitation when pending and stops its
	 * sender from sending invitations.
	 */
	public ActionOutcome resolveReport(long reportId, long adminId, boolean act) {
		return guarded(() -> {
			Optional<CollaborationStore.ResolvedReport> resolved = this.store.resolveReport(reportId, adminId, act);
			if (resolved.isEmpty()) {
				return new Answer(ActionOutcome.NOT_PENDING, null);
			}
			if (act) {
				this.invitations.findById(resolved.get().invitationId())
					.filter(Invitation::isPending)
					.ifPresent((invitation) -> {
						invitation.decline(null, now());
						this.invitations.saveAndFlush(invitation);
					});
				if (resolved.get().senderId() != null) {
					this.store.suspend(resolved.get().senderId(), reportId);
				}
			}
			return new Answer(ActionOutcome.DONE, null);
		}).outcome();
	}

	@Transactional(readOnly = true)
	public List<SuspensionView> suspensions() {
		return this.queries.suspensions(200);
	}

	/** Lets a suspended account send invitations again; the lifting is kept on record. */
	public ActionOutcome liftSuspension(long accountId, long adminId) {
		return this.store.lift(accountId, adminId) ? ActionOutcome.DONE : ActionOutcome.UNCHANGED;
	}

	private InviteFacts facts(long researcherId, long viewerId) {
		return this.queries.facts(researcherId, viewerId, now().minus(Duration.ofDays(1))).orElseThrow();
	}

	private Answer guarded(Supplier<Answer> work) {
		try {
			return this.transactions.execute((status) -> work.get());
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException ex) {
			// A parallel answer won (a second thread for one invitation, a stale
			// version).
			return new Answer(ActionOutcome.NOT_PENDING, null);
		}
	}

	private void mailInvitation(long invitationId) {
		this.invitations.findById(invitationId).ifPresent((invitation) -> {
			String sender = nameOf(invitation.getSenderId());
			mail(invitation.getRecipientId(), "collaboration.mail.invitation", sender,
					(recipient) -> new Object[] { recipient.displayName(), sender, invitation.getSubject(),
							invitation.getMessage(), link("/collaboration/invitations/" + invitationId) });
		});
	}

	private void mailSender(long invitationId, String code, Long threadId) {
		this.invitations.findById(invitationId).ifPresent((invitation) -> {
			String recipient = nameOf(invitation.getRecipientId());
			String target = (threadId != null) ? "/collaboration/threads/" + threadId
					: "/collaboration/invitations/" + invitationId;
			mail(invitation.getSenderId(), code, recipient, (
					sender) -> new Object[] { sender.displayName(), recipient, invitation.getSubject(), link(target) });
		});
	}

	private void mailNewMessage(long threadId, long authorId) {
		Optional<ThreadHead> head = this.queries.threadHead(threadId, authorId);
		Optional<Long> other = this.queries.otherParticipant(threadId, authorId);
		if (head.isEmpty() || other.isEmpty()) {
			return;
		}
		String author = nameOf(authorId);
		mail(other.get(), "collaboration.mail.message", author, (recipient) -> new Object[] { recipient.displayName(),
				author, head.get().subject(), link("/collaboration/threads/" + threadId) });
	}

	/**
	 * Mails an account unless it had its daily share of collaboration mail already (the
	 * inbox has everything anyway).
	 */
	private void mail(Long accountId, String code, String subjectArgument, Function<AccountView, Object[]> body) {
		if (accountId == null) {
			return;
		}
		Optional<AccountView> account = this.accounts.find(accountId);
		if (account.isEmpty() || !this.store.countMail(accountId, LocalDate.now(this.clock.withZone(ZoneOffset.UTC)),
				this.limits.mailsPerDay())) {
			return;
		}
		this.mailer.send(account.get().email(), text(code + ".subject", subjectArgument),
				text(code + ".body", body.apply(account.get())));
	}

	private String nameOf(Long accountId) {
		return (accountId != null) ? this.accounts.find(accountId).map(AccountView::displayName).orElse("") : "";
	}

	private String link(String path) {
		return this.accountProperties.baseUrl() + path;
	}

	private String text(String code, Object... args) {
		return this.texts.getMessage(code, args, Locale.ENGLISH);
	}

	private static List<Pointer> pointers(List<Option> options) {
		return options.stream().map((o) -> new Pointer(o.key(), o.title())).toList();
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

	/** The panel and the invitation form's choices. */
	record InvitePage(CollaborationPanel panel, InviteOptions options) {

	}

	record Answer(ActionOutcome outcome, Long threadId) {

	}

}
