package org.peerscope.collaboration;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.collaboration.CollaborationFixture.Person;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox, a thread and an invitation cost the same few statements however many
 * invitations, threads and messages there are.
 */
@IntegrationTest
class CollaborationQueryCountTest {

	/** Invitations both ways, threads, and the header count. */
	static final long STATEMENTS_PER_INBOX = 3;

	/** The thread's head, its messages, the read mark, and the header count. */
	static final long STATEMENTS_PER_THREAD = 4;

	/** An older page of a thread for htmx: the thread's head and the page of messages. */
	static final long STATEMENTS_PER_OLDER_PAGE = 2;

	/** The invitation with its pointers, and the header count. */
	static final long STATEMENTS_PER_INVITATION = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CollaborationService collaboration;

	CollaborationFixture fixture;

	@BeforeEach
	void reset() {
		this.catalog.reset();
		this.fixture = new CollaborationFixture(this.catalog, this.accounts);
	}

	@Test
	void pagesDoNotGrowWithInvitationsThreadsOrMessages() {
		Person quiet = this.fixture.owner("Quiet Person", true);
		Person busy = this.fixture.owner("Busy Person", true);
		Person first = this.fixture.owner("First Contact", true);
		long quietThread = thread(first, quiet);
		send(first, quietThread, 1);
		long busyThread = thread(first, busy);
		send(first, busyThread, 60);
		for (int i = 0; i < 15; i++) {
			Person other = this.fixture.owner("Contact " + (char) ('A' + i), true);
			long thread = thread(other, busy);
			send(other, thread, 3);
			if (i < 8) {
				// Within the daily limit of invitations.
				invite(busy, this.fixture.owner("Invitee " + (char) ('A' + i), true));
			}
		}
		long busyInvitation = this.catalog.jdbc()
			.sql("select invitation_id from collaboration_threads where id = ?")
			.param(busyThread)
			.query(Long.class)
			.single();
		long quietInvitation = this.catalog.jdbc()
			.sql("select invitation_id from collaboration_threads where id = ?")
			.param(quietThread)
			.query(Long.class)
			.single();

		assertThat(statements("/collaboration", busy)).isEqualTo(statements("/collaboration", quiet))
			.isEqualTo(statements("/collaboration?archived=true", busy))
			.isLessThanOrEqualTo(STATEMENTS_PER_INBOX);
		assertThat(statements("/collaboration/threads/" + busyThread, busy))
			.isEqualTo(statements("/collaboration/threads/" + quietThread, quiet))
			.isLessThanOrEqualTo(STATEMENTS_PER_THREAD);
		assertThat(statements("/collaboration/invitations/" + busyInvitation, busy))
			.isEqualTo(statements("/collaboration/invitations/" + quietInvitation, quiet))
			.isLessThanOrEqualTo(STATEMENTS_PER_INVITATION);
	}

	@Test
	void anOlderPageOfALongThreadCostsWhatTheLatestDoes() throws Exception {
		Person ada = this.fixture.owner("Ada Whitfield", true);
		Person grace = this.fixture.owner("Grace Okafor", true);
		Person quiet = this.fixture.owner("Quiet Person", true);
		long longThread = thread(ada, grace);
		long shortThread = thread(quiet, grace);
		this.catalog.jdbc().sql("""
				insert into collaboration_messages (thread_id, author_id, body, client_token)
				select t, ?, 'Message ' || n, gen_random_uuid()
				from (values (?::bigint, 1200), (?::bigint, 60)) as threads (t, size), generate_series(1, size) n
				""").params(ada.id(), longThread, shortThread).update();
		long longLatest = statements("/collaboration/threads/" + longThread, grace);
		assertThat(longLatest).isEqualTo(statements("/collaboration/threads/" + shortThread, grace))
			.isLessThanOrEqualTo(STATEMENTS_PER_THREAD);

		long oldest = this.catalog.jdbc()
			.sql("select min(id) from collaboration_messages where thread_id = ?")
			.param(longThread)
			.query(Long.class)
			.single();
		// Far back in the long thread, just one page back in the short one: the same
		// cost.
		String farBack = "/collaboration/threads/" + longThread + "?before=" + (oldest + 60);
		String oneBack = "/collaboration/threads/" + shortThread + "?before="
				+ this.catalog.jdbc()
					.sql("select min(id) + 10 from collaboration_messages where thread_id = ?")
					.param(shortThread)
					.query(Long.class)
					.single();
		assertThat(statements(farBack, grace)).isEqualTo(statements(oneBack, grace))
			.isLessThanOrEqualTo(STATEMENTS_PER_OLDER_PAGE + 1);
		// What htmx asks for: the thread's head and the page, without the page shell.
		var user = this.accounts.as(grace.email());
		QueryCounter.reset();
		this.mvc.perform(get(farBack).header("HX-Request", "true").with(user)).andExpect(status().isOk());
		assertThat(QueryCounter.statements()).isEqualTo(STATEMENTS_PER_OLDER_PAGE);
	}

	private long thread(Person from, Person to) {
		long invitation = invite(from, to);
		return this.collaboration.accept(invitation, to.id()).threadId();
	}

	private long invite(Person from, Person to) {
		return this.collaboration
			.invite(from.id(), to.key(),
					new InvitationForm("Hello", "Let us talk.", java.util.List.of(), java.util.List.of(),
							UUID.randomUUID()))
			.orElseThrow()
			.invitationId();
	}

	private void send(Person from, long thread, int messages) {
		for (int i = 0; i < messages; i++) {
			this.collaboration.send(thread, from.id(), new MessageForm("Message " + i, UUID.randomUUID()));
		}
	}

	private long statements(String url, Person viewer) {
		try {
			// Load the user first: the security context's lookup is not the page's cost.
			var user = this.accounts.as(viewer.email());
			QueryCounter.reset();
			this.mvc.perform(get(url).with(user)).andExpect(status().isOk());
			return QueryCounter.statements();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
