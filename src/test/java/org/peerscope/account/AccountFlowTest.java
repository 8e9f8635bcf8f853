package org.peerscope.account;

import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestMail;
import org.peerscope.test.TestMail.Mail;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccountFlowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestMail mail;

	@Autowired
	LoginThrottle throttle;

	@BeforeEach
	void empty() {
		this.catalog.reset();
		this.mail.clear();
		this.throttle.clear();
	}

	@Test
	void everyFieldOfTheAccountFormsIsThereOnce() throws Exception {
		// A field drawn twice is posted twice, and Spring joins the two values with a
		// comma: the
		// password stored at sign-up would then not be the one typed.
		for (String page : new String[] { "/signup", "/password/forgot" }) {
			Document form = Jsoup.parse(this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString());
			var fields = form.select("main form input:not([type=hidden]), main form textarea");
			assertThat(fields).as(page).isNotEmpty();
			assertThat(fields.eachAttr("name")).as(page).doesNotHaveDuplicates();
		}
	}

	@Test
	void signUpMailsAVerificationLinkThatConfirmsTheAddressOnce() throws Exception {
		this.mvc
			.perform(post("/signup").with(csrf())
				.param("email", "  Ada@Northbridge.AC.uk ")
				.param("displayName", "Ada Whitfield")
				.param("password", "message passing 7"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "account.signup.done"));

		assertThat(this.catalog.jdbc()
			.sql("select email || '|' || display_name || '|' || (email_verified_at is null) from accounts")
			.query(String.class)
			.single()).isEqualTo("ada@northbridge.ac.uk|Ada Whitfield|true");
		String hash = this.catalog.jdbc().sql("select password_hash from accounts").query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("message passing 7");

		Mail verification = this.mail.to("ada@northbridge.ac.uk").get(0);
		assertThat(verification.subject()).isEqualTo("Confirm your email address for Peerscope");
		assertThat(verification.body()).contains("Hello Ada Whitfield");
		String link = verification.link("/verify?token=");

		this.mvc.perform(get(link))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "account.verify.done"));
		assertThat(this.catalog.jdbc()
			.sql("select email_verified_at is not null from accounts")
			.query(Boolean.class)
			.single()).isTrue();
		// A link works once.
		this.mvc.perform(get(link)).andExpect(flash().attribute("flashError", "account.verify.failed"));
	}

	@Test
	void signingUpWithAnAddressThatHasAnAccountLooksTheSameAndTellsTheOwner() throws Exception {
		this.accounts.verified("grace@example.org", "Grace Okafor");
		this.mvc
			.perform(post("/signup").with(csrf())
				.param("email", "grace@example.org")
				.param("displayName", "Someone Else")
				.param("password", "another password 1"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "account.signup.done"));
		assertThat(this.catalog.jdbc().sql("select count(*) from accounts").query(Long.class).single()).isOne();
		assertThat(this.mail.to("grace@example.org")).singleElement()
			.satisfies((m) -> assertThat(m.subject()).contains("tried to sign up"));
	}

	@Test
	void badSignUpInputShowsAMessageNextToTheFieldAndStoresNothing() throws Exception {
		assertFieldError(new String[] { "", "Ada", "message passing 7" }, "email", "This field is required.");
		assertFieldError(new String[] { "not-an-email", "Ada", "message passing 7" }, "email",
				"Enter an email address");
		assertFieldError(new String[] { "ada@localhost", "Ada", "message passing 7" }, "email",
				"Enter an email address");
		assertFieldError(new String[] { "a".repeat(250) + "@example.org", "Ada", "message passing 7" }, "email",
				"at most 254");
		assertFieldError(new String[] { "ada@example.org", "", "message passing 7" }, "displayName",
				"This field is required.");
		assertFieldError(new String[] { "ada@example.org", "<script>alert(1)</script>", "message passing 7" },
				"displayName", "no < or >");
		assertFieldError(new String[] { "ada@example.org", "x".repeat(101), "message passing 7" }, "displayName",
				"at most 100");
		assertFieldError(new String[] { "ada@example.org", "Ada", "short1" }, "password", "10 to 128");
		assertFieldError(new String[] { "ada@example.org", "Ada", "onlyletterslong" }, "password", "10 to 128");
		assertFieldError(new String[] { "ada@example.org", "Ada", "x1".repeat(65) }, "password", "10 to 128");
		assertFieldError(new String[] { "ada@example.org", "Ada", "ada@example.org1" }, "password",
				"your email address");
		assertThat(this.catalog.jdbc().sql("select count(*) from accounts").query(Long.class).single()).isZero();
		assertThat(this.mail.all()).isEmpty();
	}

	private void assertFieldError(String[] values, String field, String message) throws Exception {
		String html = this.mvc
			.perform(post("/signup").with(csrf())
				.param("email", values[0])
				.param("displayName", values[1])
				.param("password", values[2]))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#" + field + "-error").text()).as(field + " for " + values[0] + "/" + values[1])
			.contains(message);
		assertThat(page.select("#" + field).attr("aria-invalid")).isEqualTo("true");
		assertThat(html).doesNotContain("<script>alert");
	}

	@Test
	void logsInWithANewSessionIdAndLogsOut() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		MockHttpSession before = new MockHttpSession();
		String idBefore = before.getId();
		MvcResult login = this.mvc.perform(post("/login").with(csrf()).session(before).with((request) -> {
			// As a browser sends it: the session cookie of the visit before logging in.
			request.setRequestedSessionId(idBefore);
			request.setRequestedSessionIdValid(true);
			return request;
		}).param("email", "Ada@Example.org").param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		HttpSession after = login.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(idBefore);

		String account = this.mvc.perform(get("/account").session((MockHttpSession) after))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(account).select(".account-email").text()).isEqualTo("ada@example.org");
		assertThat(Jsoup.parse(account).select(".account-menu__name").text()).isEqualTo("Ada Whitfield");

		this.mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) after))
			.andExpect(redirectedUrl("/?signedOut"));
		this.mvc.perform(get("/account").session((MockHttpSession) after)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDatabaseOutageAtLoginIsNoWrongPasswordAndLocksNobody(CapturedOutput output) {
		LoginFailureHandler handler = new LoginFailureHandler(this.throttle);
		MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
		login.setParameter("email", "ada@example.org");
		login.setRemoteAddr("192.0.2.7");
		InternalAuthenticationServiceException outage = new InternalAuthenticationServiceException("no connection",
				new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
						new SQLTransientConnectionException("Connection is not available, request timed out")));
		for (int attempt = 0; attempt < 30; attempt++) {
			// Passed on to DatabaseUnavailableFilter, which answers the 503 page.
			assertThatThrownBy(() -> handler.onAuthenticationFailure(login, new MockHttpServletResponse(), outage))
				.isSameAs(outage);
		}
		assertThat(this.throttle.isLocked("ada@example.org", "192.0.2.7")).isFalse();
		// The 503 page reports the outage; no ERROR line for each sign-in attempt.
		assertThat(output).doesNotContain("Sign-in failed");
		assertThat(LoggerFactory.getLogger(UsernamePasswordAuthenticationFilter.class).isErrorEnabled()).isFalse();
	}

	@Test
	void anInternalFailureAtLoginIsLoggedSaysSoAndLocksNobody(CapturedOutput output) throws Exception {
		LoginFailureHandler handler = new LoginFailureHandler(this.throttle);
		MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
		login.setParameter("email", "ada@example.org");
		login.setRemoteAddr("192.0.2.9");
		MockHttpServletResponse response = new MockHttpServletResponse();
		for (int attempt = 0; attempt < 30; attempt++) {
			response = new MockHttpServletResponse();
			handler.onAuthenticationFailure(login, response,
					new InternalAuthenticationServiceException("a bug", new IllegalStateException("no such column")));
		}

		assertThat(response.getRedirectedUrl()).isEqualTo("/login?fault");
		assertThat(this.throttle.isLocked("ada@example.org", "192.0.2.9")).isFalse();
		assertThat(output).contains("ERROR")
			.contains("Sign-in failed inside the application")
			.contains("no such column");
		assertThat(this.mvc.perform(get("/login?fault")).andReturn().getResponse().getContentAsString())
			.contains("a fault on our side, not because of your email or password");
	}

	@Test
	void aWrongPasswordGoesBackToTheFormAndCounts() throws Exception {
		LoginFailureHandler handler = new LoginFailureHandler(this.throttle);
		MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
		login.setParameter("email", "ada@example.org");
		login.setRemoteAddr("192.0.2.8");
		MockHttpServletResponse response = new MockHttpServletResponse();
		for (int attempt = 0; attempt < 5; attempt++) {
			response = new MockHttpServletResponse();
			handler.onAuthenticationFailure(login, response, new BadCredentialsException("Bad credentials"));
		}
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(this.throttle.isLocked("ada@example.org", "192.0.2.8")).isTrue();
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		this.mvc.perform(post("/login").with(csrf()).param("email", "ada@example.org").param("password", "wrong one 1"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc
			.perform(post("/login").with(csrf()).param("email", "nobody@example.org").param("password", "wrong one 1"))
			.andExpect(redirectedUrl("/login?error"));
		Document page = Jsoup
			.parse(this.mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".flash--error").text()).startsWith("That email and password don’t match");
	}

	@Test
	void repeatedFailuresLockTheAccountEvenWithTheRightPassword() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/login").with(csrf()).param("email", "ada@example.org").param("password", "guess " + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "ada@example.org").param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		// Another account from the same address is not locked yet (the address limit is
		// higher).
		this.accounts.verified("grace@example.org", "Grace Okafor");
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "grace@example.org")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void tooManyFailuresFromOneAddressLockItForEveryAccount() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(post("/login").with(csrf())
				.param("email", "user" + i + "@example.org")
				.param("password", "guess " + i)
				.with((request) -> {
					request.setRemoteAddr("203.0.113.7");
					return request;
				})).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(post("/login").with(csrf())
			.param("email", "ada@example.org")
			.param("password", TestAccounts.PASSWORD)
			.with((request) -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			})).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "ada@example.org").param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void passwordResetByMailSetsANewPassword() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", "ada@example.org"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "account.forgot.done"));
		// Unknown addresses get the same answer and no mail.
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody@example.org"))
			.andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("flash", "account.forgot.done"));
		assertThat(this.mail.all()).hasSize(1);
		String link = this.mail.to("ada@example.org").get(0).link("/password/reset?token=");
		String token = link.substring(link.indexOf('=') + 1);

		this.mvc.perform(get(link)).andExpect(status().isOk());
		this.mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "short"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/password/reset").with(csrf()).param("token", token).param("password", "a brand new one 9"))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "ada@example.org").param("password", "a brand new one 9"))
			.andExpect(redirectedUrl("/"));
		// Used once.
		this.mvc.perform(get(link)).andExpect(redirectedUrl("/password/forgot"));
	}

	@Test
	void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		String page = this.mvc
			.perform(post("/account/password").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("currentPassword", "not it at all 1")
				.param("newPassword", "a brand new one 9"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#currentPassword-error").text())
			.isEqualTo("That is not your current password.");
		this.mvc
			.perform(post("/account/password").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "a brand new one 9"))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(
				post("/login").with(csrf()).param("email", "ada@example.org").param("password", "a brand new one 9"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void deletingTheAccountRemovesItsPersonalData() throws Exception {
		long ada = this.accounts.verified("ada@example.org", "Ada Whitfield");
		long researcher = this.catalog.researcher("Grace Okafor").insert();
		this.catalog.jdbc()
			.sql("insert into follows (account_id, researcher_id) values (?, ?)")
			.params(ada, researcher)
			.update();
		this.mvc
			.perform(post("/account/delete").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("currentPassword", "wrong password 1"))
			.andExpect(status().isOk());
		assertThat(this.catalog.jdbc().sql("select count(*) from accounts").query(Long.class).single()).isOne();
		this.mvc
			.perform(post("/account/delete").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("currentPassword", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(this.catalog.jdbc().sql("select count(*) from accounts").query(Long.class).single()).isZero();
		assertThat(this.catalog.jdbc().sql("select count(*) from follows").query(Long.class).single()).isZero();
	}

	@Test
	void rememberMeKeepsTheAccountSignedInWithoutTheSession() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		jakarta.servlet.http.Cookie cookie = this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "ada@example.org")
				.param("password", TestAccounts.PASSWORD)
				.param("remember-me", "on"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("remember-me");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		String page = this.mvc.perform(get("/account").cookie(cookie))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select(".account-email").text()).isEqualTo("ada@example.org");
	}

	@Test
	void badInputOnThePasswordFormsIsRefusedNextToTheField() throws Exception {
		this.accounts.verified("ada@example.org", "Ada Whitfield");
		Document forgot = Jsoup.parse(this.mvc.perform(post("/password/forgot").with(csrf()).param("email", "<script>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(forgot.select("#email-error").text()).startsWith("Enter an email address");
		Document change = Jsoup.parse(this.mvc
			.perform(post("/account/password").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "weak"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(change.select("#newPassword-error").text()).contains("10 to 128");
		Document delete = Jsoup.parse(this.mvc
			.perform(post("/account/delete").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("currentPassword", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(delete.select("#currentPassword-error").text()).isEqualTo("This field is required.");
		assertThat(this.mail.all()).isEmpty();
		assertThat(this.catalog.jdbc().sql("select count(*) from accounts").query(Long.class).single()).isOne();
	}

	@Test
	void theAdministratorComesFromConfigurationWithAStrongPasswordOnly(@Autowired AccountService service)
			throws Exception {
		new AdminBootstrap(new AdminProperties("admin@example.org", "weak", "Admin"), service).run(null);
		assertThat(this.catalog.jdbc().sql("select count(*) from accounts").query(Long.class).single()).isZero();
		new AdminBootstrap(new AdminProperties("admin@example.org", "", "Admin"), service).run(null);
		assertThat(this.catalog.jdbc().sql("select count(*) from accounts").query(Long.class).single()).isZero();
		new AdminBootstrap(new AdminProperties("Admin@Example.org", "a long admin secret 9", "Admin"), service)
			.run(null);
		assertThat(this.catalog.jdbc()
			.sql("select role || ':' || (email_verified_at is not null) from accounts where email = 'admin@example.org'")
			.query(String.class)
			.single()).isEqualTo("ADMIN:true");
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "admin@example.org")
				.param("password", "a long admin secret 9"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/admin/claims").with(this.accounts.as("admin@example.org"))).andExpect(status().isOk());
	}

}
