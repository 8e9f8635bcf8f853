package org.peerscope.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.peerscope.test.Endpoints;
import org.peerscope.test.Endpoints.Endpoint;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint the application maps, for every kind of visitor, with what they get. The
 * endpoints are read from Spring's handler mapping, so a new controller method without a
 * row in {@link #MATRIX} fails this test: add the row, with what each visitor should get,
 * when you add the endpoint.
 *
 * <p>
 * The visitors: {@code anonymous}; {@code user}, a signed-in account that owns no
 * profile; {@code owner}, who claimed the researcher named in the URL; {@code other}, who
 * claimed a <em>different</em> researcher (so an id or key in the URL that is not theirs
 * must grant them nothing); {@code admin}. Placeholders in the paths are filled with the
 * owner's researcher, a work of theirs, the owner's claim, and so on (see
 * {@link Endpoints.PathValues}). Forms are posted empty, with a CSRF token: the matrix is
 * about who gets in, the form tests about what the forms do.
 */
@IntegrationTest
class AuthorizationMatrixTest {

	// What a request gets.
	static final Outcome OK = new Outcome(200, null);

	static final Outcome LOGIN = redirect("/login");

	static final Outcome DENIED = new Outcome(403, null);

	static final Outcome MISSING = new Outcome(404, null);

	static final Outcome BAD = new Outcome(400, null);

	static final Outcome TO_ACCOUNT = redirect("/account");

	static final Outcome TO_PROFILE = redirect("/account/profile");

	static final Outcome TO_RESEARCHER = redirect("/researchers/{key}");

	static final Outcome TO_QUEUE = redirect("/admin/claims");

	static final Outcome TO_INVITATION = redirect("/collaboration/invitations/{id}");

	// @formatter:off
	static final List<Row> MATRIX = List.of(
		//  endpoint                                                       anonymous  user        owner       other       admin
		// The catalogue: open to everyone.
		row("GET /",                                                       OK,        OK,         OK,         OK,         OK),
		row("GET /ping",                                                   OK,        OK,         OK,         OK,         OK),
		row("GET /about/metrics",                                          OK,        OK,         OK,         OK,         OK),
		row("GET /about/trust",                                            OK,        OK,         OK,         OK,         OK),
		row("GET /robots.txt",                                             OK,        OK,         OK,         OK,         OK),
		row("GET /sitemap.xml",                                            OK,        OK,         OK,         OK,         OK),
		row("GET /sitemaps/{section}-{part}.xml",                          OK,        OK,         OK,         OK,         OK),
		row("GET /researchers/{key}",                                      OK,        OK,         OK,         OK,         OK),
		row("GET /researchers/{key}/teaser",                               OK,        OK,         OK,         OK,         OK),
		row("GET /researchers/{key}/graph",                                OK,        OK,         OK,         OK,         OK),
		row("GET /researchers/{key}/export",                               OK,        OK,         OK,         OK,         OK),
		row("GET /researchers/{key}/feed.atom",                            OK,        OK,         OK,         OK,         OK),
		row("GET /works/{key}",                                            OK,        OK,         OK,         OK,         OK),
		row("GET /works/{key}/authors",                                    OK,        OK,         OK,         OK,         OK),
		row("GET /works/{key}/export",                                     OK,        OK,         OK,         OK,         OK),
		row("GET /topics/{key}",                                           OK,        OK,         OK,         OK,         OK),
		row("GET /institutions/{key}",                                     OK,        OK,         OK,         OK,         OK),
		row("GET /search",                                                 OK,        OK,         OK,         OK,         OK),
		row("GET /search ?suggest",                                        OK,        OK,         OK,         OK,         OK),
		row("GET /search/researchers",                                     OK,        OK,         OK,         OK,         OK),
		row("GET /search/works",                                           OK,        OK,         OK,         OK,         OK),
		// The JSON API: read-only, open to everyone.
		row("GET /api/search",                                             OK,        OK,         OK,         OK,         OK),
		row("GET /api/researchers/{key}",                                  OK,        OK,         OK,         OK,         OK),
		row("GET /api/researchers/{key}/works",                            OK,        OK,         OK,         OK,         OK),
		row("GET /api/works/{key}",                                        OK,        OK,         OK,         OK,         OK),
		row("GET /api/topics/{key}",                                       OK,        OK,         OK,         OK,         OK),
		row("GET /api/institutions/{key}",                                 OK,        OK,         OK,         OK,         OK),
		row("GET /api/graph/researchers/{key}",                            OK,        OK,         OK,         OK,         OK),
		row("GET /api/graph/works/{key}",                                  OK,        OK,         OK,         OK,         OK),
		row("GET /api/graph/topics/{key}",                                 OK,        OK,         OK,         OK,         OK),
		row("GET /api/graph/institutions/{key}",                           OK,        OK,         OK,         OK,         OK),
		// Signing in, up and back: forms anyone may send.
		row("GET /login",                                                  OK,        TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT),
		row("GET /signup",                                                 OK,        OK,         OK,         OK,         OK),
		row("POST /signup",                                                OK,        OK,         OK,         OK,         OK),
		row("GET /verify",                                                 LOGIN,     LOGIN,      LOGIN,      LOGIN,      LOGIN),
		row("GET /password/forgot",                                        OK,        OK,         OK,         OK,         OK),
		row("POST /password/forgot",                                       OK,        OK,         OK,         OK,         OK),
		row("GET /password/reset",                                         redirect("/password/forgot"), redirect("/password/forgot"), redirect("/password/forgot"), redirect("/password/forgot"), redirect("/password/forgot")),
		row("POST /password/reset",                                        OK,        OK,         OK,         OK,         OK),
		// The signed-in visitor's own pages: never anyone else's, whatever the URL says.
		row("GET /account",                                                LOGIN,     OK,         OK,         OK,         OK),
		row("GET /account/orcid",                                          LOGIN,     TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT),
		row("POST /account/password",                                      LOGIN,     OK,         OK,         OK,         OK),
		row("POST /account/verification",                                  LOGIN,     TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT, TO_ACCOUNT),
		row("POST /account/delete",                                        LOGIN,     OK,         OK,         OK,         OK),
		row("GET /account/profile",                                        LOGIN,     TO_ACCOUNT, OK,         OK,         TO_ACCOUNT),
		row("POST /account/profile",                                       LOGIN,     TO_ACCOUNT, TO_PROFILE, TO_PROFILE, TO_ACCOUNT),
		row("POST /account/profile/works/{workKey}/pin",                   LOGIN,     TO_ACCOUNT, TO_PROFILE, TO_PROFILE, TO_ACCOUNT),
		row("POST /account/profile/works/{workKey}/not-me",                LOGIN,     TO_ACCOUNT, TO_PROFILE, TO_PROFILE, TO_ACCOUNT),
		row("GET /following",                                              LOGIN,     OK,         OK,         OK,         OK),
		row("GET /following/feed",                                         LOGIN,     OK,         OK,         OK,         OK),
		row("GET /researchers/{key}/follow",                               LOGIN,     TO_RESEARCHER, TO_RESEARCHER, TO_RESEARCHER, TO_RESEARCHER),
		row("POST /researchers/{key}/follow",                              LOGIN,     TO_RESEARCHER, TO_RESEARCHER, TO_RESEARCHER, TO_RESEARCHER),
		row("POST /researchers/{key}/unfollow",                            LOGIN,     TO_RESEARCHER, TO_RESEARCHER, TO_RESEARCHER, TO_RESEARCHER),
		row("GET /researchers/{key}/claim",                                LOGIN,     OK,         OK,         OK,         OK),
		row("POST /researchers/{key}/claim",                               LOGIN,     OK,         OK,         OK,         OK),
		// Collaboration: {id} is an invitation from other to owner, a thread between them, a report (see data()).
		row("GET /researchers/{key}/collaboration",                        OK,        OK,         OK,         OK,         OK),
		row("GET /researchers/{key}/invite",                               LOGIN,     OK,         OK,         OK,         OK),
		row("POST /researchers/{key}/invite",                              LOGIN,     OK,         OK,         OK,         OK),
		row("GET /collaboration",                                          LOGIN,     OK,         OK,         OK,         OK),
		row("GET /collaboration/invitations/{id}",                         LOGIN,     MISSING,    OK,         OK,         MISSING),
		row("POST /collaboration/invitations/{id}/accept",                 LOGIN,     MISSING,    redirect("/collaboration/threads/2"), MISSING, MISSING),
		row("POST /collaboration/invitations/{id}/decline",                LOGIN,     MISSING,    TO_INVITATION, MISSING,  MISSING),
		row("POST /collaboration/invitations/{id}/withdraw",              LOGIN,     MISSING,    MISSING,    TO_INVITATION, MISSING),
		row("POST /collaboration/invitations/{id}/block",                  LOGIN,     MISSING,    TO_INVITATION, MISSING,  MISSING),
		row("POST /collaboration/invitations/{id}/unblock",                LOGIN,     MISSING,    TO_INVITATION, MISSING,  MISSING),
		row("POST /collaboration/invitations/{id}/report",                 LOGIN,     MISSING,    TO_INVITATION, MISSING,  MISSING),
		row("GET /collaboration/threads/{id}",                             LOGIN,     MISSING,    OK,         OK,         MISSING),
		row("POST /collaboration/threads/{id}/messages",                   LOGIN,     MISSING,    OK,         OK,         MISSING),
		row("POST /collaboration/threads/{id}/{action:archive|unarchive}", LOGIN,     MISSING,    redirect("/collaboration"), redirect("/collaboration"), MISSING),
		row("GET /admin/reports",                                          LOGIN,     DENIED,     DENIED,     DENIED,     OK),
		row("POST /admin/reports/{id}/{decision:dismiss|act}",             LOGIN,     DENIED,     DENIED,     DENIED,     redirect("/admin/reports")),
		row("POST /admin/suspensions/{id}/lift",                           LOGIN,     DENIED,     DENIED,     DENIED,     redirect("/admin/reports#suspensions")),
		// Administrators only.
		row("GET /admin/import",                                           LOGIN,     DENIED,     DENIED,     DENIED,     OK),
		row("GET /admin/import/status",                                    LOGIN,     DENIED,     DENIED,     DENIED,     redirect("/admin/import")),
		row("POST /admin/import",                                          LOGIN,     DENIED,     DENIED,     DENIED,     BAD),
		row("GET /admin/claims",                                           LOGIN,     DENIED,     DENIED,     DENIED,     OK),
		row("POST /admin/claims/{id}/approve",                             LOGIN,     DENIED,     DENIED,     DENIED,     TO_QUEUE),
		row("POST /admin/claims/{id}/reject",                              LOGIN,     DENIED,     DENIED,     DENIED,     OK),
		row("POST /admin/claims/{id}/unlink",                              LOGIN,     DENIED,     DENIED,     DENIED,     TO_QUEUE),
		row("POST /admin/claims/{id}/transfer",                            LOGIN,     DENIED,     DENIED,     DENIED,     OK),
		row("POST /admin/disputes/{researcherId}/{workId}/{decision:accept|dismiss}", LOGIN, DENIED, DENIED, DENIED, TO_QUEUE),
		// Where the container forwards failures: no page of its own.
		row("* /error",                                                    MISSING,   MISSING,    MISSING,    MISSING,    MISSING)
	);
	// @formatter:on

	static final String OWNER = "owner@example.org";

	static final String OTHER = "other@example.org";

	static final String USER = "user@example.org";

	static final String ADMIN = "admin@example.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private Endpoints.PathValues paths;

	@Test
	void everyEndpointHasARowAndEveryRowAnEndpoint() {
		Set<String> mapped = endpoints().keySet();
		Set<String> listed = MATRIX.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
		assertThat(difference(mapped, listed)).as("endpoints without a row in AuthorizationMatrixTest.MATRIX")
			.isEmpty();
		assertThat(difference(listed, mapped)).as("rows for endpoints that do not exist").isEmpty();
		assertThat(listed).as("one row per endpoint").hasSize(MATRIX.size());
	}

	@Test
	void everyVisitorGetsWhatTheMatrixSays() throws Exception {
		List<String> wrong = new ArrayList<>();
		Map<String, Endpoint> endpoints = endpoints();
		for (Row row : MATRIX) {
			Endpoint endpoint = endpoints.get(row.endpoint());
			assertThat(endpoint).as("endpoint of the row " + row.endpoint()).isNotNull();
			data();
			for (Visitor visitor : Visitor.values()) {
				Outcome expected = row.expected()[visitor.ordinal()];
				MockHttpServletResponse response = this.mvc.perform(requestOf(endpoint, visitor))
					.andReturn()
					.getResponse();
				Outcome actual = Outcome.of(response);
				Outcome wanted = expected.with(this.paths);
				if (!actual.equals(wanted)) {
					wrong.add("%s as %s: expected %s, got %s".formatted(row.endpoint(), visitor, wanted, actual));
				}
			}
		}
		assertThat(wrong).as("cells of the matrix that do not hold").isEmpty();
	}

	/** A fresh catalogue for each row, so that one row's posts do not change the next. */
	private void data() {
		this.catalog.reset();
		long institution = this.catalog.institution("Hostel University", "NL", "hostel.example");
		long topic = this.catalog.topic("Quantum widgets", "Physics");
		long owned = this.catalog.researcher("Ada Whitfield").currentlyAt(institution, 2020).insert();
		long others = this.catalog.researcher("Brook Other").insert();
		long work = this.catalog.work("Widgets at scale").year(2024).authors(owned, others).topic(topic, true).insert();
		long owner = this.accounts.verified(OWNER, "Owner");
		long other = this.accounts.verified(OTHER, "Other");
		this.accounts.verified(USER, "User");
		this.accounts.admin(ADMIN, "Admin");
		long claim = this.accounts.approvedClaim(owner, owned);
		this.accounts.approvedClaim(other, others);
		this.paths = new Endpoints.PathValues(this.catalog.keyOfResearcher(owned), this.catalog.keyOfWork(work),
				this.catalog.publicKey("topics", topic), this.catalog.publicKey("institutions", institution), owned,
				work, claim);
		collaboration(owner, owned, other, others, claim);
	}

	/**
	 * An invitation from other to owner (pending, reported by owner), and a thread
	 * between them on an accepted one: each the first of its table, so its id is the
	 * claim's, {id}.
	 */
	private void collaboration(long owner, long owned, long other, long others, long claim) {
		long pending = invitation(other, others, owner, owned, "PENDING");
		long accepted = invitation(owner, owned, other, others, "ACCEPTED");
		long thread = this.catalog.jdbc()
			.sql("insert into collaboration_threads (invitation_id) values (?) returning id")
			.param(accepted)
			.query(Long.class)
			.single();
		this.catalog.jdbc()
			.sql("insert into collaboration_participants (thread_id, account_id) values (?, ?), (?, ?)")
			.params(thread, owner, thread, other)
			.update();
		long report = this.catalog.jdbc()
			.sql("insert into collaboration_reports (invitation_id, reporter_id) values (?, ?) returning id")
			.params(pending, owner)
			.query(Long.class)
			.single();
		assertThat(List.of(pending, thread, report)).containsOnly(claim);
	}

	private long invitation(long sender, long senderResearcher, long recipient, long recipientResearcher,
			String status) {
		return this.catalog.jdbc()
			.sql("""
					insert into collaboration_invitations (sender_id, sender_researcher_id, recipient_id,
					    recipient_researcher_id, subject, message, status, decided_at, client_token)
					values (?, ?, ?, ?, 'Widgets together?', 'Let us talk.', ?,
					        case when ? <> 'PENDING' then now() end, gen_random_uuid())
					returning id""")
			.params(sender, senderResearcher, recipient, recipientResearcher, status, status)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder requestOf(Endpoint endpoint, Visitor visitor) {
		HttpMethod method = endpoint.httpMethod();
		MockHttpServletRequestBuilder request = request(method, this.paths.fill(endpoint.pattern()));
		endpoint.requiredParams().forEach((param) -> request.param(param, "a"));
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		if (visitor != Visitor.ANONYMOUS) {
			request.with(this.accounts.as(visitor.email));
		}
		return request;
	}

	private Map<String, Endpoint> endpoints() {
		Map<String, Endpoint> endpoints = new TreeMap<>();
		Endpoints.of(this.handlerMapping).forEach((endpoint) -> endpoints.put(endpoint.name(), endpoint));
		return endpoints;
	}

	private static Set<String> difference(Set<String> all, Set<String> minus) {
		Set<String> rest = new TreeSet<>(all);
		rest.removeAll(minus);
		return rest;
	}

	static Row row(String endpoint, Outcome anonymous, Outcome user, Outcome owner, Outcome other, Outcome admin) {
		return new Row(endpoint, new Outcome[] { anonymous, user, owner, other, admin });
	}

	static Outcome redirect(String location) {
		return new Outcome(302, location);
	}

	enum Visitor {

		ANONYMOUS(null), USER(AuthorizationMatrixTest.USER), OWNER(AuthorizationMatrixTest.OWNER),
		OTHER(AuthorizationMatrixTest.OTHER), ADMIN(AuthorizationMatrixTest.ADMIN);

		final String email;

		Visitor(String email) {
			this.email = email;
		}

	}

	record Row(String endpoint, Outcome[] expected) {
	}

	/** A status, and for a redirect where it leads. */
	record Outcome(int status, String location) {

		static Outcome of(MockHttpServletResponse response) {
			return new Outcome(response.getStatus(), response.getRedirectedUrl());
		}

		Outcome with(Endpoints.PathValues paths) {
			return (this.location != null) ? new Outcome(this.status, paths.fill(this.location)) : this;
		}

		@Override
		public String toString() {
			return (this.location != null) ? this.status + " → " + this.location : String.valueOf(this.status);
		}

	}

}
