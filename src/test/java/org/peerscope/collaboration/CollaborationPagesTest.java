package org.peerscope.collaboration;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.collaboration.CollaborationFixture.Person;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The collaboration pages through MockMvc: the panel's texts for every viewer, the
 * invitation form, answers, the thread, escaping, mails, and who may reach what.
 */
@IntegrationTest
class CollaborationPagesTest {

	static final String TOKEN = "6f1c1a52-3c55-4f7e-9d3c-2a1f0a6c1b11";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestMail mail;

	@Autowired
	CollaborationProperties limits;

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
	void thePanelSaysWhatTheViewerMayDoInTheIssuesWords() throws Exception {
		Person linus = this.fixture.unclaimed("Linus Berg");
		Person nobody = this.fixture.researcherOnly("Nobody Owns", true);
		Person closed = this.fixture.owner("Closed Person", false);

		Document anonymous = panel(this.grace, null);
		assertThat(anonymous.select(".collaboration-panel__message").text())
			.isEqualTo("Log in to invite this researcher to collaborate.");
		assertThat(anonymous.select("a").attr("href")).isEqualTo("/researchers/" + this.grace.key() + "/invite");

		Document unclaimedViewer = panel(this.grace, linus);
		assertThat(unclaimedViewer.select(".collaboration-panel__message").text())
			.isEqualTo("Claim your author profile first to unlock direct invitations");
		assertThat(unclaimedViewer.select("a").attr("href")).isEqualTo("/search/researchers");

		Document unclaimedTarget = panel(nobody, this.ada);
		assertThat(unclaimedTarget.select(".collaboration-panel__message").text())
			.isEqualTo("This author hasn't claimed their profile yet");
		assertThat(unclaimedTarget.select("form").attr("action")).isEqualTo("/researchers/" + nobody.key() + "/follow");

		assertThat(panel(closed, this.ada).select(".collaboration-panel__message").text())
			.isEqualTo("Closed Person is not open to collaborate right now.");
		assertThat(panel(this.ada, this.ada).select(".collaboration-panel__message").text())
			.startsWith("This is your profile.");

		Document invite = panel(this.grace, this.ada);
		assertThat(invite.select("a.collaboration-panel__invite").text()).isEqualTo("Invite to collaborate");
		assertThat(invite.select("a.collaboration-panel__invite").attr("href"))
			.isEqualTo("/researchers/" + this.grace.key() + "/invite");

		this.mvc.perform(get("/researchers/PA999/collaboration")).andExpect(status().isNotFound());
	}

	@Test
	void everyBlockedPathShowsItsMessageOnTheFormPageAndStoresNothing() throws Exception {
		Person linus = this.fixture.unclaimed("Linus Berg");
		Person nobody = this.fixture.researcherOnly("Nobody Owns", true);
		Person closed = this.fixture.owner("Closed Person", false);
		assertThat(refusal(linus, this.grace))
			.isEqualTo("Claim your author profile first to unlock direct invitations");
		assertThat(refusal(this.ada, nobody)).isEqualTo("This author hasn't claimed their profile yet");
		assertThat(refusal(this.ada, closed)).isEqualTo("Closed Person is not open to collaborate right now.");
		assertThat(this.fixture.count("collaboration_invitations")).isZero();

		// Pending, then declined (cool-down), then blocked.
		this.mvc.perform(invite(this.ada, this.grace, "First")).andExpect(status().is3xxRedirection());
		assertThat(refusal(this.ada, this.grace)).isEqualTo("Your invitation is waiting for an answer.");
		long invitation = onlyInvitation();
		this.mvc
			.perform(post("/collaboration/invitations/" + invitation + "/decline").with(csrf())
				.with(as(this.grace))
				.param("note", "Busy until spring."))
			.andExpect(redirectedUrl("/collaboration/invitations/" + invitation));
		Document declined = html(get("/collaboration/invitations/" + invitation).with(as(this.ada)));
		assertThat(declined.select(".invitation__status").text()).isEqualTo("Declined");
		assertThat(declined.select(".invitation__note").text()).isEqualTo("Their note: Busy until spring.");
		assertThat(this.mail.to(this.ada.email())).extracting(TestMail.Mail::subject)
			.containsExactly("Grace Okafor declined your invitation on Peerscope");
		assertThat(refusal(this.ada, this.grace))
			.startsWith("Grace Okafor declined your last invitation. You can invite them again from ");
		this.mvc.perform(post("/collaboration/invitations/" + invitation + "/block").with(csrf()).with(as(this.grace)))
			.andExpect(flash().attribute("flash", "collaboration.flash.blocked"));
		assertThat(refusal(this.ada, this.grace)).isEqualTo("Grace Okafor doesn't accept invitations from you.");

		// The daily limit.
		this.catalog.jdbc()
			.sql("""
					insert into collaboration_invitations (sender_id, recipient_id, recipient_researcher_id, subject,
					    message, status, decided_at, client_token)
					select ?, ?, ?, 'Old', 'Old', 'DECLINED', now() - interval '100 days', gen_random_uuid()
					from generate_series(1, ?)""")
			.params(this.grace.id(), this.ada.id(), this.ada.researcherId(), this.limits.invitationsPerDay())
			.update();
		assertThat(refusal(this.grace, closed)).isEqualTo("Closed Person is not open to collaborate right now.");
		Person open = this.fixture.owner("Open Person", true);
		assertThat(refusal(this.grace, open)).isEqualTo("You have sent " + this.limits.invitationsPerDay()
				+ " invitations in the last 24 hours, the most allowed. Please try again later.");
	}

	@Test
	void theFormValidatesNextToTheFieldsAndASentInvitationIsPendingForTheSender() throws Exception {
		long topic = this.catalog.topic("Graph neural networks", "Computer Science");
		long work = this.catalog.work("Message passing on molecular graphs")
			.authors(this.grace.researcherId())
			.insert();
		this.catalog.jdbc()
			.sql("insert into researcher_topics (researcher_id, topic_id, work_count, share) values (?, ?, 1, 1)")
			.params(this.grace.researcherId(), topic)
			.update();

		Document form = html(get("/researchers/" + this.grace.key() + "/invite").with(as(this.ada)));
		assertThat(form.select("input[name=topics]").attr("value"))
			.isEqualTo(this.catalog.jdbc().sql("select public_key from topics").query(String.class).single());
		assertThat(form.select("input[name=token]").val()).hasSize(36);

		Document invalid = html(post("/researchers/" + this.grace.key() + "/invite").with(csrf())
			.with(as(this.ada))
			.param("subject", "Two\nlines")
			.param("message", " ")
			.param("token", TOKEN));
		assertThat(invalid.select("#subject-error").text()).isEqualTo("Keep the subject on one line.");
		assertThat(invalid.select("#message-error").text()).isEqualTo("This field is required.");
		Document tooLong = html(post("/researchers/" + this.grace.key() + "/invite").with(csrf())
			.with(as(this.ada))
			.param("subject", "x".repeat(151))
			.param("message", "y".repeat(4001))
			.param("token", TOKEN));
		assertThat(tooLong.select("#subject-error").text()).isEqualTo("Use at most 150 characters.");
		assertThat(tooLong.select("#message-error").text()).isEqualTo("Use at most 4,000 characters.");
		Document badPointer = html(post("/researchers/" + this.grace.key() + "/invite").with(csrf())
			.with(as(this.ada))
			.param("subject", "Hello")
			.param("message", "Hi")
			.param("topics", "PT999")
			.param("token", TOKEN));
		assertThat(badPointer.select(".flash--error").text()).isEqualTo("Pick topics and works from the lists shown.");
		assertThat(this.fixture.count("collaboration_invitations")).isZero();

		String topicKey = form.select("input[name=topics]").attr("value");
		String workKey = this.catalog.keyOfWork(work);
		// Subjects follow the plain-text rule of names (no < or >); messages may say
		// anything, shown escaped.
		Document markup = html(post("/researchers/" + this.grace.key() + "/invite").with(csrf())
			.with(as(this.ada))
			.param("subject", "Molecules <and> graphs")
			.param("message", "Hi")
			.param("token", TOKEN));
		assertThat(markup.select("#subject-error").text()).isEqualTo("Use plain text: no < or > characters.");
		assertThat(this.fixture.count("collaboration_invitations")).isZero();
		this.mvc
			.perform(post("/researchers/" + this.grace.key() + "/invite").with(csrf())
				.with(as(this.ada))
				.param("subject", "Molecules and graphs")
				.param("message", "Your paper: https://example.org/paper.\n<script>alert(1)</script>")
				.param("topics", topicKey)
				.param("works", workKey)
				.param("token", TOKEN))
			.andExpect(flash().attribute("flash", "collaboration.flash.sent"))
			.andExpect(redirectedUrl("/collaboration/invitations/" + onlyInvitation()));
		long invitation = onlyInvitation();

		Document mine = html(get("/collaboration/invitations/" + invitation).with(as(this.ada)));
		assertThat(mine.select(".invitation__status").text()).isEqualTo("Pending");
		assertThat(mine.select(".invitation__accept")).isEmpty();
		Element message = mine.selectFirst(".invitation__message");
		assertThat(message.select("script")).isEmpty();
		assertThat(message.text()).contains("<script>alert(1)</script>");
		assertThat(message.select("a").attr("href")).isEqualTo("https://example.org/paper");
		assertThat(message.select("a").attr("rel")).contains("nofollow", "noopener", "ugc");
		assertThat(mine.select(".invitation__pointers a").eachText()).containsExactly("Graph neural networks",
				"Message passing on molecular graphs");

		Document inbox = html(get("/collaboration").with(as(this.ada)));
		assertThat(inbox.select(".inbox-item--sent").text()).contains("Molecules and graphs", "Grace Okafor",
				"Pending");
		assertThat(inbox.select(".account-menu__collaboration .unread-count")).isEmpty();
		Document theirs = html(get("/collaboration").with(as(this.grace)));
		assertThat(theirs.select(".inbox-item--received").text()).contains("Molecules and graphs", "Ada Whitfield");
		assertThat(theirs.select(".account-menu__collaboration .unread-count").text()).isEqualTo("1");
	}

	@Test
	void theRecipientGetsAMailAndAcceptsIntoAThreadWhereLinksAreSafe() throws Exception {
		this.mvc.perform(invite(this.ada, this.grace, "Shall we?")).andExpect(status().is3xxRedirection());
		long invitation = onlyInvitation();
		TestMail.Mail invitationMail = this.mail.to(this.grace.email()).get(0);
		assertThat(invitationMail.subject()).isEqualTo("Ada Whitfield invites you to collaborate on Peerscope");
		assertThat(invitationMail.body()).contains("Hello Grace Okafor,", "Ada Whitfield invites you to collaborate.",
				"Subject: Shall we?", "I read your paper.");
		assertThat(invitationMail.link("/collaboration/invitations/"))
			.isEqualTo("/collaboration/invitations/" + invitation);

		MvcResult accepted = this.mvc
			.perform(post("/collaboration/invitations/" + invitation + "/accept").with(csrf()).with(as(this.grace)))
			.andExpect(flash().attribute("flash", "collaboration.flash.accepted"))
			.andReturn();
		String threadUrl = accepted.getResponse().getRedirectedUrl();
		assertThat(threadUrl).matches("/collaboration/threads/\\d+");
		assertThat(this.mail.to(this.ada.email())).extracting(TestMail.Mail::subject)
			.containsExactly("Grace Okafor accepted your invitation on Peerscope");

		this.mvc
			.perform(post(threadUrl + "/messages").with(csrf())
				.with(as(this.ada))
				.param("body", "Draft: https://example.org/d?x=1&y=<b> and javascript:alert(1)")
				.param("token", TOKEN))
			.andExpect(redirectedUrl(threadUrl + "#latest"));
		// The same form again (a double click) is one message.
		this.mvc
			.perform(post(threadUrl + "/messages").with(csrf())
				.with(as(this.ada))
				.param("body", "Draft: https://example.org/d?x=1&y=<b> and javascript:alert(1)")
				.param("token", TOKEN))
			.andExpect(redirectedUrl(threadUrl + "#latest"));
		assertThat(this.fixture.count("collaboration_messages")).isEqualTo(1);
		TestMail.Mail messageMail = this.mail.to(this.grace.email()).get(1);
		assertThat(messageMail.subject()).isEqualTo("New message from Ada Whitfield on Peerscope");
		assertThat(messageMail.body()).contains("Ada Whitfield wrote to you in \"Shall we?\"");
		assertThat(messageMail.link("/collaboration/threads/")).isEqualTo(threadUrl);

		Document unread = html(get("/collaboration").with(as(this.grace)));
		assertThat(unread.select(".inbox-item--thread .unread-count").text()).isEqualTo("1 unread");
		assertThat(unread.select(".account-menu__collaboration .unread-count").text()).isEqualTo("1");
		Document thread = html(get(threadUrl).with(as(this.grace)));
		Element body = thread.select(".message--theirs .message-body").first();
		assertThat(body.select("a")).hasSize(1);
		assertThat(body.select("a").attr("href")).isEqualTo("https://example.org/d?x=1&y=");
		assertThat(body.select("b")).isEmpty();
		assertThat(body.text()).isEqualTo("Draft: https://example.org/d?x=1&y=<b> and javascript:alert(1)");
		assertThat(thread.select(".message--unread")).hasSize(1);
		assertThat(
				html(get("/collaboration").with(as(this.grace))).select(".account-menu__collaboration .unread-count"))
			.isEmpty();

		Document invalid = html(post(threadUrl + "/messages").with(csrf())
			.with(as(this.grace))
			.param("body", "")
			.param("token", TOKEN));
		assertThat(invalid.select("#body-error").text()).isEqualTo("This field is required.");

		this.mvc.perform(post(threadUrl + "/archive").with(csrf()).with(as(this.grace)))
			.andExpect(redirectedUrl("/collaboration"));
		assertThat(html(get("/collaboration").with(as(this.grace))).select(".inbox-item--thread")).isEmpty();
		assertThat(html(get("/collaboration?archived=true").with(as(this.grace))).select(".inbox-item--thread"))
			.hasSize(1);
	}

	@Test
	void theSenderWithdrawsFromTheInvitationPageAndTheRecipientSeesItWithdrawn() throws Exception {
		this.mvc.perform(invite(this.ada, this.grace, "Second thoughts")).andExpect(status().is3xxRedirection());
		long invitation = onlyInvitation();
		String url = "/collaboration/invitations/" + invitation;
		assertThat(html(get(url).with(as(this.ada))).select("form[action=" + url + "/withdraw] button").text())
			.isEqualTo("Withdraw the invitation");
		assertThat(html(get(url).with(as(this.grace))).select(".invitation__withdraw")).isEmpty();
		// The recipient can't withdraw it for the sender.
		this.mvc.perform(post(url + "/withdraw").with(csrf()).with(as(this.grace))).andExpect(status().isNotFound());

		this.mvc.perform(post(url + "/withdraw").with(csrf()).with(as(this.ada)))
			.andExpect(redirectedUrl(url))
			.andExpect(flash().attribute("flash", "collaboration.flash.withdrawn"));
		this.mvc.perform(post(url + "/withdraw").with(csrf()).with(as(this.ada)))
			.andExpect(redirectedUrl(url))
			.andExpect(flash().attribute("flashError", "collaboration.outcome.WITHDRAWN"));
		Document mine = html(get(url).with(as(this.ada)));
		assertThat(mine.select(".invitation__status").text()).isEqualTo("Withdrawn by the sender");
		assertThat(mine.select(".invitation__withdraw")).isEmpty();

		Document theirs = html(get(url).with(as(this.grace)));
		assertThat(theirs.select(".invitation__status").text()).isEqualTo("Withdrawn by the sender");
		assertThat(theirs.select(".invitation__accept, .invitation__decline")).isEmpty();
		assertThat(html(get("/collaboration").with(as(this.grace))).select(".inbox-item--received")).isEmpty();
		this.mvc.perform(post(url + "/accept").with(csrf()).with(as(this.grace)))
			.andExpect(flash().attribute("flashError", "collaboration.outcome.WITHDRAWN"));
		assertThat(html(get(url).with(as(this.ada)).flashAttr("flashError", "collaboration.outcome.WITHDRAWN"))
			.select(".flash--error")
			.text()).isEqualTo("This invitation has been withdrawn by its sender.");
		// Free to invite again: the form is offered, not a refusal.
		assertThat(html(get("/researchers/" + this.grace.key() + "/invite").with(as(this.ada)))
			.select("form.invitation-form")).hasSize(1);
	}

	@Test
	void aLongThreadShowsItsLatestMessagesWithAButtonForTheOlderOnes() throws Exception {
		this.mvc.perform(invite(this.ada, this.grace, "Long talk")).andExpect(status().is3xxRedirection());
		String thread = this.mvc
			.perform(post("/collaboration/invitations/" + onlyInvitation() + "/accept").with(csrf())
				.with(as(this.grace)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long threadId = Long.parseLong(thread.substring(thread.lastIndexOf('/') + 1));
		this.catalog.jdbc().sql("""
				insert into collaboration_messages (thread_id, author_id, body, client_token)
				select ?, ?, 'Message ' || n, gen_random_uuid() from generate_series(1, 120) n
				""").params(threadId, this.ada.id()).update();

		Document latest = html(get(thread).with(as(this.grace)));
		assertThat(latest.select(".message-body").eachText()).hasSize(1 + 50)
			.contains("Message 71", "Message 120")
			.doesNotContain("Message 70");
		assertThat(latest.select("#latest .message-body").text()).isEqualTo("Message 120");
		Element older = latest.selectFirst(".messages__older a");
		assertThat(older.text()).isEqualTo("Older messages");
		String olderUrl = older.attr("href");
		assertThat(olderUrl).startsWith(thread + "?before=");
		assertThat(older.attr("hx-get")).isEqualTo(olderUrl);
		assertThat(older.attr("hx-target")).isEqualTo("closest li");

		// htmx swaps the button for the 50 messages before, and the next button.
		Document fragment = html(get(olderUrl).header("HX-Request", "true").with(as(this.grace)));
		assertThat(fragment.select("header, form, .message--invitation")).isEmpty();
		assertThat(fragment.select("li.message .message-body").eachText()).hasSize(50)
			.startsWith("Message 21")
			.endsWith("Message 70");
		assertThat(fragment.select("#latest")).isEmpty();
		String oldestUrl = fragment.selectFirst(".messages__older a").attr("href");
		Document oldest = html(get(oldestUrl).header("HX-Request", "true").with(as(this.grace)));
		assertThat(oldest.select("li.message .message-body").eachText()).hasSize(20)
			.startsWith("Message 1")
			.endsWith("Message 20");
		assertThat(oldest.select(".messages__older")).isEmpty();

		// Without htmx the same link is a whole page, with the way back to the latest.
		Document page = html(get(olderUrl).with(as(this.grace)));
		assertThat(page.select("li.message:not(.message--invitation) .message-body").eachText()).hasSize(50)
			.startsWith("Message 21");
		assertThat(page.select(".form-links a").eachAttr("href")).contains(thread);
		for (String hostile : List.of("abc", "-1", "99999999999999999999", "")) {
			assertThat(this.mvc.perform(get(thread).param("before", hostile).with(as(this.grace)))
				.andReturn()
				.getResponse()
				.getStatus()).as(hostile).isLessThan(500);
		}
		this.mvc.perform(get(olderUrl).with(as(this.fixture.owner("Mallory Snoop", true))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSpamReportReachesTheAdminsWhoCanSuspendTheSender() throws Exception {
		this.accounts.admin("admin@example.org", "Admin");
		this.mvc.perform(invite(this.ada, this.grace, "Buy now")).andExpect(status().is3xxRedirection());
		long invitation = onlyInvitation();
		this.mvc
			.perform(post("/collaboration/invitations/" + invitation + "/report").with(csrf())
				.with(as(this.grace))
				.param("reason", "Advertising"))
			.andExpect(flash().attribute("flash", "collaboration.flash.reported"));
		this.mvc
			.perform(post("/collaboration/invitations/" + invitation + "/report").with(csrf())
				.with(as(this.grace))
				.param("reason", "Again"))
			.andExpect(flash().attribute("flashError", "collaboration.outcome.UNCHANGED"));

		Document reports = html(get("/admin/reports").with(this.accounts.as("admin@example.org")));
		assertThat(reports.select(".report").text()).contains("Buy now", "Ada Whitfield", "ada.whitfield@example.org",
				"Grace Okafor", "Advertising", "Open");
		long report = this.catalog.jdbc().sql("select id from collaboration_reports").query(Long.class).single();
		this.mvc
			.perform(post("/admin/reports/" + report + "/act").with(csrf()).with(this.accounts.as("admin@example.org")))
			.andExpect(flash().attribute("flash", "collaboration.reports.acted"));
		this.mvc
			.perform(post("/admin/reports/" + report + "/dismiss").with(csrf())
				.with(this.accounts.as("admin@example.org")))
			.andExpect(flash().attribute("flashError", "collaboration.reports.notOpen"));
		assertThat(html(get("/admin/reports").with(this.accounts.as("admin@example.org"))).select(".report").text())
			.contains("Invitations suspended", "Sender suspended");
		Person linus = this.fixture.owner("Linus Berg", true);
		assertThat(refusal(this.ada, linus)).isEqualTo(
				"Your invitations are suspended after a spam report. Contact the administrators if this is a mistake.");
	}

	@Test
	void anAdminLiftsASuspensionAndTheAccountInvitesAgain() throws Exception {
		long admin = this.accounts.admin("admin@example.org", "Admin");
		var asAdmin = this.accounts.as("admin@example.org");
		this.mvc.perform(invite(this.ada, this.grace, "Buy now")).andExpect(status().is3xxRedirection());
		long invitation = onlyInvitation();
		this.mvc
			.perform(post("/collaboration/invitations/" + invitation + "/report").with(csrf()).with(as(this.grace)));
		long report = this.catalog.jdbc().sql("select id from collaboration_reports").query(Long.class).single();
		assertThat(html(get("/admin/reports").with(asAdmin)).select(".suspension")).isEmpty();
		this.mvc.perform(post("/admin/reports/" + report + "/act").with(csrf()).with(asAdmin));
		Person linus = this.fixture.owner("Linus Berg", true);
		assertThat(refusal(this.ada, linus)).startsWith("Your invitations are suspended");

		Document reports = html(get("/admin/reports").with(asAdmin));
		assertThat(reports.select(".suspension").text()).contains("Ada Whitfield", "ada.whitfield@example.org",
				"after the report on \"Buy now\"");
		String lift = "/admin/suspensions/" + this.ada.id() + "/lift";
		assertThat(reports.select("#suspension-" + this.ada.id() + " form").attr("action")).isEqualTo(lift);
		// Only administrators lift, with a CSRF token.
		this.mvc.perform(post(lift).with(csrf()).with(as(this.ada))).andExpect(status().isForbidden());
		this.mvc.perform(post(lift).with(csrf()).with(as(this.grace))).andExpect(status().isForbidden());
		this.mvc.perform(post(lift).with(asAdmin)).andExpect(status().isForbidden());
		assertThat(refusal(this.ada, linus)).startsWith("Your invitations are suspended");

		this.mvc.perform(post(lift).with(csrf()).with(asAdmin))
			.andExpect(redirectedUrl("/admin/reports#suspensions"))
			.andExpect(flash().attribute("flash", "collaboration.suspensions.lifted"));
		this.mvc.perform(post(lift).with(csrf()).with(asAdmin))
			.andExpect(flash().attribute("flashError", "collaboration.suspensions.notSuspended"));
		Document after = html(get("/admin/reports").with(asAdmin));
		assertThat(after.select(".suspension")).isEmpty();
		assertThat(after.select("#suspensions .empty-state").text()).isEqualTo("No account is suspended.");
		assertThat(after.select(".report").text()).doesNotContain("Invitations suspended");
		// Kept on record: who lifted it, and which report it came from.
		assertThat(this.catalog.jdbc()
			.sql("select account_id, report_id, lifted_by from collaboration_suspension_lifts")
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single()).containsExactly(this.ada.id(), report, admin);

		this.mvc.perform(invite(this.ada, linus, "A real question"))
			.andExpect(flash().attribute("flash", "collaboration.flash.sent"));
		assertThat(this.catalog.jdbc()
			.sql("select subject from collaboration_invitations order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("A real question");
	}

	@Test
	void anonymousVisitorsAreSentToLogInForEveryCollaborationPage() throws Exception {
		String key = this.grace.key();
		for (String page : List.of("/collaboration", "/collaboration?archived=true", "/collaboration/invitations/1",
				"/collaboration/threads/1", "/researchers/" + key + "/invite", "/admin/reports")) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl("/login"));
		}
		for (String action : List.of("/researchers/" + key + "/invite", "/collaboration/invitations/1/accept",
				"/collaboration/invitations/1/decline", "/collaboration/invitations/1/withdraw",
				"/collaboration/invitations/1/block", "/collaboration/invitations/1/unblock",
				"/collaboration/invitations/1/report", "/collaboration/threads/1/messages",
				"/collaboration/threads/1/archive", "/collaboration/threads/1/unarchive", "/admin/reports/1/act",
				"/admin/reports/1/dismiss", "/admin/suspensions/1/lift")) {
			this.mvc.perform(post(action).with(csrf())).andExpect(redirectedUrl("/login"));
		}
		// The panel itself is public (it says "log in").
		this.mvc.perform(get("/researchers/" + key + "/collaboration")).andExpect(status().isOk());
	}

	@Test
	void anIdInTheUrlIsNoPermission() throws Exception {
		this.mvc.perform(invite(this.ada, this.grace, "Private")).andExpect(status().is3xxRedirection());
		long invitation = onlyInvitation();
		String thread = this.mvc
			.perform(post("/collaboration/invitations/" + invitation + "/accept").with(csrf()).with(as(this.grace)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.mvc.perform(post(thread + "/messages").with(csrf())
			.with(as(this.ada))
			.param("body", "Secret plan")
			.param("token", TOKEN));
		Person mallory = this.fixture.owner("Mallory Snoop", true);
		long messages = this.fixture.count("collaboration_messages");

		for (String page : List.of("/collaboration/invitations/" + invitation, thread)) {
			this.mvc.perform(get(page).with(as(mallory))).andExpect(status().isNotFound());
			this.mvc.perform(get(page).with(as(this.ada))).andExpect(status().isOk());
			this.mvc.perform(get(page).with(as(this.grace))).andExpect(status().isOk());
		}
		for (String action : List.of("accept", "decline", "withdraw", "block", "unblock", "report")) {
			this.mvc
				.perform(post("/collaboration/invitations/" + invitation + "/" + action).with(csrf()).with(as(mallory)))
				.andExpect(status().isNotFound());
		}
		// The sender can't answer their own invitation either.
		this.mvc.perform(post("/collaboration/invitations/" + invitation + "/block").with(csrf()).with(as(this.ada)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(thread + "/messages").with(csrf())
				.with(as(mallory))
				.param("body", "Let me in")
				.param("token", "0b0b0b0b-3c55-4f7e-9d3c-2a1f0a6c1b11"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(thread + "/archive").with(csrf()).with(as(mallory))).andExpect(status().isNotFound());
		this.mvc.perform(get("/collaboration/threads/99999").with(as(this.ada))).andExpect(status().isNotFound());
		this.mvc.perform(get("/collaboration/threads/abc").with(as(this.ada))).andExpect(status().isBadRequest());
		assertThat(this.fixture.count("collaboration_messages")).isEqualTo(messages);
		assertThat(html(get("/collaboration").with(as(mallory))).text()).doesNotContain("Private");

		// Admin pages are for admins only.
		this.mvc.perform(get("/admin/reports").with(as(this.ada))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/reports/1/act").with(csrf()).with(as(this.ada)))
			.andExpect(status().isForbidden());
	}

	@Test
	void hostileTextInARealInvitationAndThreadIsRefusedOrStoredNeverAServerError() throws Exception {
		this.mvc.perform(invite(this.ada, this.grace, "Hello")).andExpect(status().is3xxRedirection());
		long invitation = onlyInvitation();
		String thread = this.mvc
			.perform(post("/collaboration/invitations/" + invitation + "/accept").with(csrf()).with(as(this.grace)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Person linus = this.fixture.owner("Linus Berg", true);
		for (String hostile : List.of("a\u0000b", "\uD800", "\u202Eevil", "'; drop table works; --",
				"x".repeat(1 << 20), "<script>alert(1)</script>")) {
			int[] statuses = {
					this.mvc
						.perform(post(thread + "/messages").with(csrf())
							.with(as(this.ada))
							.param("body", hostile)
							.param("token", java.util.UUID.randomUUID().toString()))
						.andReturn()
						.getResponse()
						.getStatus(),
					this.mvc
						.perform(post("/researchers/" + linus.key() + "/invite").with(csrf())
							.with(as(this.grace))
							.param("subject", hostile)
							.param("message", hostile)
							.param("topics", hostile)
							.param("token", hostile))
						.andReturn()
						.getResponse()
						.getStatus(),
					this.mvc
						.perform(post("/collaboration/invitations/" + invitation + "/report").with(csrf())
							.with(as(this.grace))
							.param("reason", hostile))
						.andReturn()
						.getResponse()
						.getStatus() };
			assertThat(java.util.Arrays.stream(statuses).max().orElseThrow())
				.as(hostile.substring(0, Math.min(20, hostile.length())))
				.isLessThan(500);
		}
		Document page = html(get(thread).with(as(this.grace)));
		assertThat(page.html()).doesNotContain("<script>alert(1)");
		assertThat(page.select(".message-body").text()).contains("<script>alert(1)</script>");
	}

	private Document panel(Person target, Person viewer) throws Exception {
		MockHttpServletRequestBuilder request = get("/researchers/" + target.key() + "/collaboration")
			.header("HX-Request", "true");
		if (viewer != null) {
			request = request.with(as(viewer));
		}
		return html(request);
	}

	/** What the invitation form page says when the viewer tries to send one. */
	private String refusal(Person from, Person to) throws Exception {
		Document page = html(invite(from, to, "Try"));
		assertThat(page.select("form.invitation-form")).isEmpty();
		return page.select(".collaboration-panel__message").text();
	}

	private MockHttpServletRequestBuilder invite(Person from, Person to, String subject) {
		return post("/researchers/" + to.key() + "/invite").with(csrf())
			.with(as(from))
			.param("subject", subject)
			.param("message", "I read your paper.")
			.param("token", java.util.UUID.randomUUID().toString());
	}

	private long onlyInvitation() {
		return this.catalog.jdbc()
			.sql("select id from collaboration_invitations order by id desc limit 1")
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(Person person) {
		return this.accounts.as(person.email());
	}

	private Document html(MockHttpServletRequestBuilder request) throws Exception {
		return Jsoup.parse(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

}
