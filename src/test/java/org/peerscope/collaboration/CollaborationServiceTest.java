package org.peerscope.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.collaboration.CollaborationFixture.Person;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules of direct collaboration against PostgreSQL: limits, one pending invitation
 * per pair, blocks, the cool-down, account deletion, and parallel sends.
 */
@IntegrationTest
class CollaborationServiceTest {

	@Autowired
	CollaborationService collaboration;

	@Autowired
	CollaborationProperties limits;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestMail mail;

	@Autowired
	MockMvc mvc;

	CollaborationFixture fixture;

	Person ada;

	Person grace;

	@BeforeEach
	void people() {
		this.catalog.reset();
		this.mail.clear();
		this.fixture = new CollaborationFixture(this.catalog, this.accounts);
		this.ada = this.fixture.owner("Ada Whitfield", true);
		this.grace = this.fixture.owner("Grace Okafor", true);
	}

	@Test
	void aSentInvitationIsPendingForTheSenderAndWaitsInTheRecipientsInbox() {
		InviteOutcome outcome = invite(this.ada, this.grace);
		assertThat(outcome.sent()).isTrue();
		assertThat(panel(this.ada, this.grace).availability()).isEqualTo(Availability.PENDING_SENT);
		assertThat(panel(this.grace, this.ada).availability()).isEqualTo(Availability.PENDING_RECEIVED);
		assertThat(this.collaboration.inbox(this.ada.id(), false).sent()).singleElement()
			.satisfies((i) -> assertThat(i.status()).isEqualTo(InvitationStatus.PENDING));
		assertThat(this.collaboration.inbox(this.grace.id(), false).received()).singleElement()
			.satisfies((i) -> assertThat(i.otherName()).isEqualTo("Ada Whitfield"));
		assertThat(this.collaboration.unread(this.grace.id())).isEqualTo(1);
		assertThat(this.collaboration.unread(this.ada.id())).isZero();
	}

	@Test
	void onlyOneInvitationIsPendingBetweenTwoPeopleWhoeverSendsIt() {
		assertThat(invite(this.ada, this.grace).sent()).isTrue();
		assertThat(invite(this.ada, this.grace).refusal()).isEqualTo(Availability.PENDING_SENT);
		assertThat(invite(this.grace, this.ada).refusal()).isEqualTo(Availability.PENDING_RECEIVED);
		assertThat(this.fixture.count("collaboration_invitations")).isEqualTo(1);
		// The database holds the rule too, whatever the code does.
		assertThatThrownBy(() -> this.fixture.jdbc().sql("""
				insert into collaboration_invitations (sender_id, recipient_id, recipient_researcher_id, subject,
				                                       message, client_token)
				values (?, ?, ?, 'Again', 'Again', gen_random_uuid())
				""").params(this.grace.id(), this.ada.id(), this.ada.researcherId()).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("collaboration_invitations_one_pending_per_pair_idx");
	}

	@Test
	void anAccountSendsAtMostTheDailyNumberOfInvitations() {
		int limit = this.limits.invitationsPerDay();
		for (int i = 0; i < limit; i++) {
			Person other = this.fixture.owner("Researcher " + (char) ('A' + i), true);
			assertThat(invite(this.ada, other).sent()).isTrue();
		}
		Person oneTooMany = this.fixture.owner("Researcher Z", true);
		assertThat(panel(this.ada, oneTooMany).availability()).isEqualTo(Availability.DAILY_LIMIT);
		assertThat(invite(this.ada, oneTooMany).refusal()).isEqualTo(Availability.DAILY_LIMIT);
		// A day later the window has moved on.
		this.fixture.jdbc()
			.sql("update collaboration_invitations set created_at = now() - interval '25 hours'")
			.update();
		assertThat(invite(this.ada, oneTooMany).sent()).isTrue();
	}

	@Test
	void aDeclineStartsACoolDownForThatSenderAndThatRecipientOnly() {
		long invitation = invite(this.ada, this.grace).invitationId();
		assertThat(this.collaboration.decline(invitation, this.grace.id(), "Not this year."))
			.isEqualTo(ActionOutcome.DONE);
		CollaborationPanel panel = panel(this.ada, this.grace);
		assertThat(panel.availability()).isEqualTo(Availability.COOLING_DOWN);
		assertThat(panel.cooldownEnds()).isNotNull();
		assertThat(invite(this.ada, this.grace).refusal()).isEqualTo(Availability.COOLING_DOWN);
		// The other direction is not cooling down.
		assertThat(panel(this.grace, this.ada).availability()).isEqualTo(Availability.CAN_INVITE);
		// After the cool-down the sender may try again.
		this.fixture.jdbc()
			.sql("update collaboration_invitations set decided_at = now() - ?::interval, created_at = now() - ?::interval")
			.params(this.limits.declineCooldown().plusHours(1).toSeconds() + " seconds",
					this.limits.declineCooldown().plusHours(2).toSeconds() + " seconds")
			.update();
		assertThat(invite(this.ada, this.grace).sent()).isTrue();
	}

	@Test
	void theSenderWithdrawsAPendingInvitationWhichStartsNoCoolDown() {
		long invitation = invite(this.ada, this.grace).invitationId();
		Person outsider = this.fixture.owner("Outsider Person", true);
		// Only the sender withdraws.
		assertThat(this.collaboration.withdraw(invitation, this.grace.id())).isEqualTo(ActionOutcome.NOT_FOUND);
		assertThat(this.collaboration.withdraw(invitation, outsider.id())).isEqualTo(ActionOutcome.NOT_FOUND);
		this.mail.clear();

		assertThat(this.collaboration.withdraw(invitation, this.ada.id())).isEqualTo(ActionOutcome.DONE);
		assertThat(this.collaboration.invitation(invitation, this.grace.id()).orElseThrow().status())
			.isEqualTo(InvitationStatus.WITHDRAWN);
		assertThat(this.collaboration.withdraw(invitation, this.ada.id())).isEqualTo(ActionOutcome.WITHDRAWN);
		// The recipient has nothing left to answer.
		assertThat(this.collaboration.inbox(this.grace.id(), false).received()).isEmpty();
		assertThat(this.collaboration.unread(this.grace.id())).isZero();
		assertThat(this.collaboration.accept(invitation, this.grace.id()).outcome()).isEqualTo(ActionOutcome.WITHDRAWN);
		assertThat(this.collaboration.decline(invitation, this.grace.id(), null)).isEqualTo(ActionOutcome.WITHDRAWN);
		assertThat(this.collaboration.invitation(invitation, this.grace.id()).orElseThrow().status())
			.isEqualTo(InvitationStatus.WITHDRAWN);
		assertThat(this.fixture.count("collaboration_threads")).isZero();
		assertThat(this.mail.to(this.grace.email())).isEmpty();
		assertThat(this.mail.to(this.ada.email())).isEmpty();

		// No cool-down either way: the pair may invite each other again.
		assertThat(panel(this.ada, this.grace).availability()).isEqualTo(Availability.CAN_INVITE);
		assertThat(panel(this.grace, this.ada).availability()).isEqualTo(Availability.CAN_INVITE);
		InviteOutcome again = invite(this.ada, this.grace);
		assertThat(again.sent()).isTrue();
		assertThat(again.invitationId()).isNotEqualTo(invitation);
		assertThat(this.collaboration.inbox(this.ada.id(), false).sent()).extracting((i) -> i.status())
			.containsExactly(InvitationStatus.PENDING, InvitationStatus.WITHDRAWN);
	}

	@Test
	void anAnsweredInvitationCannotBeWithdrawn() {
		long accepted = invite(this.ada, this.grace).invitationId();
		long thread = this.collaboration.accept(accepted, this.grace.id()).threadId();
		assertThat(this.collaboration.withdraw(accepted, this.ada.id())).isEqualTo(ActionOutcome.NOT_PENDING);
		assertThat(this.collaboration.invitation(accepted, this.ada.id()).orElseThrow().status())
			.isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(this.collaboration.thread(thread, this.ada.id(), null)).isPresent();

		long declined = invite(this.grace, this.ada).invitationId();
		assertThat(this.collaboration.decline(declined, this.ada.id(), null)).isEqualTo(ActionOutcome.DONE);
		assertThat(this.collaboration.withdraw(declined, this.grace.id())).isEqualTo(ActionOutcome.NOT_PENDING);
		assertThat(this.collaboration.invitation(declined, this.grace.id()).orElseThrow().status())
			.isEqualTo(InvitationStatus.DECLINED);
		// The decline's cool-down still holds.
		assertThat(panel(this.grace, this.ada).availability()).isEqualTo(Availability.COOLING_DOWN);
	}

	@Test
	void aBlockedSenderCannotInviteAgainUntilUnblocked() {
		long invitation = invite(this.ada, this.grace).invitationId();
		assertThat(this.collaboration.block(invitation, this.grace.id())).isEqualTo(ActionOutcome.DONE);
		assertThat(this.collaboration.invitation(invitation, this.grace.id()).orElseThrow().status())
			.isEqualTo(InvitationStatus.DECLINED);
		assertThat(panel(this.ada, this.grace).availability()).isEqualTo(Availability.BLOCKED);
		assertThat(invite(this.ada, this.grace).refusal()).isEqualTo(Availability.BLOCKED);
		// Only the recipient can block with this invitation.
		assertThat(this.collaboration.block(invitation, this.ada.id())).isEqualTo(ActionOutcome.NOT_FOUND);
		assertThat(this.collaboration.unblock(invitation, this.grace.id())).isEqualTo(ActionOutcome.DONE);
		assertThat(panel(this.ada, this.grace).availability()).isEqualTo(Availability.COOLING_DOWN);
	}

	@Test
	void thePanelSaysWhatIsPossibleForEveryKindOfViewer() {
		Person unclaimedViewer = this.fixture.unclaimed("Linus Berg");
		Person unclaimedTarget = this.fixture.researcherOnly("Nobody Owns", true);
		Person closed = this.fixture.owner("Closed Person", false);
		assertThat(this.collaboration.panel(this.grace.key(), null).orElseThrow().availability())
			.isEqualTo(Availability.ANONYMOUS);
		assertThat(panel(this.grace, this.grace).availability()).isEqualTo(Availability.OWN_PROFILE);
		assertThat(panel(unclaimedViewer, this.grace).availability()).isEqualTo(Availability.VIEWER_UNCLAIMED);
		assertThat(panel(this.ada, unclaimedTarget).availability()).isEqualTo(Availability.TARGET_UNCLAIMED);
		assertThat(panel(this.ada, closed).availability()).isEqualTo(Availability.NOT_OPEN);
		assertThat(panel(this.ada, this.grace).availability()).isEqualTo(Availability.CAN_INVITE);
		assertThat(invite(unclaimedViewer, this.grace).refusal()).isEqualTo(Availability.VIEWER_UNCLAIMED);
		assertThat(invite(this.ada, unclaimedTarget).refusal()).isEqualTo(Availability.TARGET_UNCLAIMED);
		assertThat(invite(this.ada, closed).refusal()).isEqualTo(Availability.NOT_OPEN);
		assertThat(this.fixture.count("collaboration_invitations")).isZero();
	}

	@Test
	void acceptingOpensAThreadWithReadStatePerParticipantAndArchive() {
		long invitation = invite(this.ada, this.grace).invitationId();
		CollaborationService.Answer answer = this.collaboration.accept(invitation, this.grace.id());
		assertThat(answer.outcome()).isEqualTo(ActionOutcome.DONE);
		long thread = answer.threadId();
		assertThat(this.collaboration.accept(invitation, this.grace.id()).outcome())
			.isEqualTo(ActionOutcome.NOT_PENDING);

		assertThat(send(this.grace, thread, "Welcome aboard")).isEqualTo(ActionOutcome.DONE);
		assertThat(send(this.grace, thread, "See https://example.org/plan.")).isEqualTo(ActionOutcome.DONE);
		assertThat(this.collaboration.unread(this.ada.id())).isEqualTo(2);
		assertThat(this.collaboration.unread(this.grace.id())).isZero();
		assertThat(this.collaboration.inbox(this.ada.id(), false).threads()).singleElement()
			.satisfies((t) -> assertThat(t.unread()).isEqualTo(2));

		var page = this.collaboration.thread(thread, this.ada.id(), null).orElseThrow();
		assertThat(page.messages()).extracting((m) -> m.unread()).containsExactly(true, true);
		assertThat(page.messages().get(1).body()).containsExactly(new TextSegment("See ", null),
				new TextSegment("https://example.org/plan", "https://example.org/plan"), new TextSegment(".", null));
		assertThat(this.collaboration.unread(this.ada.id())).isZero();
		assertThat(this.collaboration.thread(thread, this.ada.id(), null).orElseThrow().messages())
			.noneMatch((m) -> m.unread());

		// Archive: out of the inbox, back when a new message comes.
		assertThat(this.collaboration.archive(thread, this.ada.id(), true)).isEqualTo(ActionOutcome.DONE);
		assertThat(this.collaboration.inbox(this.ada.id(), false).threads()).isEmpty();
		assertThat(this.collaboration.inbox(this.ada.id(), true).threads()).hasSize(1);
		assertThat(this.collaboration.inbox(this.grace.id(), false).threads()).hasSize(1);
		send(this.grace, thread, "Still there?");
		assertThat(this.collaboration.inbox(this.ada.id(), false).threads()).hasSize(1);

		// Nobody else reads or writes in it.
		Person outsider = this.fixture.owner("Outsider Person", true);
		assertThat(this.collaboration.thread(thread, outsider.id(), null)).isEmpty();
		assertThat(send(outsider, thread, "Hi")).isEqualTo(ActionOutcome.NOT_FOUND);
		assertThat(this.collaboration.archive(thread, outsider.id(), true)).isEqualTo(ActionOutcome.NOT_FOUND);
		assertThat(this.collaboration.invitation(invitation, outsider.id())).isEmpty();
		assertThat(this.collaboration.accept(invitation, outsider.id()).outcome()).isEqualTo(ActionOutcome.NOT_FOUND);
	}

	@Test
	void aLongThreadPagesBackwardsByKeysetAndOnlyTheLatestPageMarksItRead() {
		long invitation = invite(this.ada, this.grace).invitationId();
		long thread = this.collaboration.accept(invitation, this.grace.id()).threadId();
		this.fixture.jdbc().sql("""
				insert into collaboration_messages (thread_id, author_id, body, client_token)
				select ?, ?, 'Message ' || n, gen_random_uuid() from generate_series(1, 120) n
				""").params(thread, this.grace.id()).update();
		int page = CollaborationService.THREAD_PAGE;

		// An older page first: shown as new, and still unread afterwards.
		var latestForGrace = this.collaboration.thread(thread, this.grace.id(), null).orElseThrow();
		var olderFirst = this.collaboration.thread(thread, this.ada.id(), latestForGrace.olderBefore()).orElseThrow();
		assertThat(olderFirst.latest()).isFalse();
		assertThat(olderFirst.messages()).hasSize(page).allMatch((m) -> m.unread());
		assertThat(this.collaboration.unread(this.ada.id())).isEqualTo(120);

		var latest = this.collaboration.thread(thread, this.ada.id(), null).orElseThrow();
		assertThat(latest.latest()).isTrue();
		assertThat(bodies(latest)).hasSize(page).startsWith("Message 71").endsWith("Message 120");
		assertThat(latest.messages()).allMatch((m) -> m.unread());
		assertThat(latest.olderBefore()).isEqualTo(latest.messages().get(0).id());
		// The latest page marks the whole thread read: the older pages are behind it.
		assertThat(this.collaboration.unread(this.ada.id())).isZero();

		var older = this.collaboration.thread(thread, this.ada.id(), latest.olderBefore()).orElseThrow();
		assertThat(bodies(older)).hasSize(page).startsWith("Message 21").endsWith("Message 70");
		assertThat(older.messages()).noneMatch((m) -> m.unread());
		var oldest = this.collaboration.thread(thread, this.ada.id(), older.olderBefore()).orElseThrow();
		assertThat(bodies(oldest)).hasSize(120 - 2 * page).startsWith("Message 1").endsWith("Message 20");
		assertThat(oldest.olderBefore()).isNull();
		// Before the first message: an empty page, not an error.
		assertThat(this.collaboration.thread(thread, this.ada.id(), oldest.messages().get(0).id())
			.orElseThrow()
			.messages()).isEmpty();
		// Paging is no way into someone else's thread.
		Person outsider = this.fixture.owner("Outsider Person", true);
		assertThat(this.collaboration.thread(thread, outsider.id(), latest.olderBefore())).isEmpty();
	}

	private static List<String> bodies(CollaborationViews.ThreadPage page) {
		return page.messages().stream().map((m) -> m.body().get(0).text()).toList();
	}

	@Test
	void deletingAnAccountKeepsTheOtherParticipantsThreadReadable() throws Exception {
		long invitation = invite(this.ada, this.grace).invitationId();
		long thread = this.collaboration.accept(invitation, this.grace.id()).threadId();
		send(this.ada, thread, "Here is my draft.");
		send(this.grace, thread, "Thanks!");
		Person linus = this.fixture.owner("Linus Berg", true);
		invite(this.ada, linus);

		this.mvc
			.perform(post("/account/delete").with(csrf())
				.with(this.accounts.as(this.ada.email()))
				.param("currentPassword", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection());

		var page = this.collaboration.thread(thread, this.grace.id(), null).orElseThrow();
		assertThat(page.otherName()).isNull();
		assertThat(page.messages()).extracting((m) -> m.authorName()).containsExactly(null, "Grace Okafor");
		assertThat(page.messages().get(0).body()).containsExactly(new TextSegment("Here is my draft.", null));
		assertThat(this.collaboration.inbox(this.grace.id(), false).threads()).singleElement()
			.satisfies((t) -> assertThat(t.otherName()).isNull());
		// The thread is read-only now; Ada's pending invitation to Linus went with her
		// account.
		assertThat(send(this.grace, thread, "Hello?")).isEqualTo(ActionOutcome.CLOSED);
		assertThat(this.collaboration.inbox(linus.id(), false).received()).isEmpty();
		assertThat(this.collaboration.unread(linus.id())).isZero();
	}

	@Test
	void parallelSendsOfTheSameInvitationStoreOneInvitation() throws Exception {
		InvitationForm form = form("Parallel");
		List<InviteOutcome> outcomes = inParallel(8,
				() -> this.collaboration.invite(this.ada.id(), this.grace.key(), form).orElseThrow());
		assertThat(this.fixture.count("collaboration_invitations")).isEqualTo(1);
		assertThat(outcomes).allMatch(InviteOutcome::sent);
		assertThat(outcomes).extracting(InviteOutcome::invitationId).containsOnly(outcomes.get(0).invitationId());
		// One mail, not eight.
		assertThat(this.mail.to(this.grace.email())).hasSize(1);
	}

	@Test
	void parallelInvitationsToDifferentPeopleNeverPassTheDailyLimit() throws Exception {
		int limit = this.limits.invitationsPerDay();
		List<Person> targets = new ArrayList<>();
		for (int i = 0; i < limit + 4; i++) {
			targets.add(this.fixture.owner("Target " + (char) ('A' + i), true));
		}
		var next = new java.util.concurrent.atomic.AtomicInteger();
		inParallel(targets.size(), () -> invite(this.ada, targets.get(next.getAndIncrement())));
		assertThat(this.fixture.count("collaboration_invitations")).isEqualTo(limit);
	}

	@Test
	void parallelSendsOfTheSameMessageStoreOneMessageAndParallelAcceptsOpenOneThread() throws Exception {
		long invitation = invite(this.ada, this.grace).invitationId();
		List<CollaborationService.Answer> answers = inParallel(6,
				() -> this.collaboration.accept(invitation, this.grace.id()));
		assertThat(answers).extracting(CollaborationService.Answer::outcome)
			.containsOnlyOnce(ActionOutcome.DONE)
			.containsOnly(ActionOutcome.DONE, ActionOutcome.NOT_PENDING);
		assertThat(this.fixture.count("collaboration_threads")).isEqualTo(1);
		long thread = answers.stream().filter((a) -> a.threadId() != null).findFirst().orElseThrow().threadId();

		MessageForm same = new MessageForm("Only once, please", UUID.randomUUID());
		List<ActionOutcome> sends = inParallel(8, () -> this.collaboration.send(thread, this.ada.id(), same));
		assertThat(sends).containsOnlyOnce(ActionOutcome.DONE)
			.containsOnly(ActionOutcome.DONE, ActionOutcome.UNCHANGED);
		// Different messages sent at once by both participants are all kept.
		var seq = new java.util.concurrent.atomic.AtomicInteger();
		inParallel(8, () -> {
			int n = seq.getAndIncrement();
			return this.collaboration.send(thread, (n % 2 == 0) ? this.ada.id() : this.grace.id(),
					new MessageForm("Message " + n, UUID.randomUUID()));
		});
		assertThat(this.fixture.count("collaboration_messages")).isEqualTo(9);
	}

	@Test
	void mailsToOneAccountStopAtTheDailyCap() {
		long invitation = invite(this.ada, this.grace).invitationId();
		long thread = this.collaboration.accept(invitation, this.grace.id()).threadId();
		this.mail.clear();
		for (int i = 0; i < this.limits.mailsPerDay() + 5; i++) {
			send(this.grace, thread, "Note " + i);
		}
		// The invitation's acceptance mail counted too.
		assertThat(this.mail.to(this.ada.email())).hasSize(this.limits.mailsPerDay() - 1);
		assertThat(this.fixture.count("collaboration_messages")).isEqualTo(this.limits.mailsPerDay() + 5);
	}

	private <T> List<T> inParallel(int n, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private InviteOutcome invite(Person from, Person to) {
		return this.collaboration.invite(from.id(), to.key(), form("Shall we work together?")).orElseThrow();
	}

	private ActionOutcome send(Person from, long thread, String text) {
		return this.collaboration.send(thread, from.id(), new MessageForm(text, UUID.randomUUID()));
	}

	private CollaborationPanel panel(Person viewer, Person target) {
		return this.collaboration.panel(target.key(), viewer.accountId()).orElseThrow();
	}

	private static InvitationForm form(String subject) {
		return new InvitationForm(subject, "I read your paper on message passing.", List.of(), List.of(),
				UUID.randomUUID());
	}

}
