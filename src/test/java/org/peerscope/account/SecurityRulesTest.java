package org.peerscope.account;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may reach each endpoint of accounts, claims and follows: anonymous, user, owner,
 * admin.
 */
@IntegrationTest
class SecurityRulesTest {

	static final String LOGIN = "/login";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	String key;

	@BeforeEach
	void data() {
		this.catalog.reset();
		long researcher = this.catalog.researcher("Ada Whitfield").insert();
		this.key = this.catalog.keyOfResearcher(researcher);
		long owner = this.accounts.verified("owner@example.org", "Owner");
		this.catalog.jdbc()
			.sql("insert into claims (account_id, researcher_id, status, route, level) values (?, ?, 'APPROVED', 'REVIEW', 3)")
			.params(owner, researcher)
			.update();
		this.accounts.verified("user@example.org", "User");
		this.accounts.admin("admin@example.org", "Admin");
	}

	@Test
	void anonymousVisitorsReadTheCatalogueAndTheFormsToSignIn() throws Exception {
		for (String page : new String[] { "/", "/researchers/" + this.key, "/api/researchers/" + this.key,
				"/researchers/" + this.key + "/feed.atom", "/login", "/signup", "/password/forgot" }) {
			this.mvc.perform(get(page)).andExpect(status().isOk());
		}
	}

	@Test
	void anonymousVisitorsAreSentToLogInForEverythingPersonal() throws Exception {
		for (String page : new String[] { "/account", "/following", "/following/feed",
				"/researchers/" + this.key + "/follow", "/researchers/" + this.key + "/claim", "/admin/claims" }) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl(LOGIN));
		}
		for (String action : new String[] { "/researchers/" + this.key + "/follow",
				"/researchers/" + this.key + "/unfollow", "/researchers/" + this.key + "/claim", "/account/password",
				"/account/delete", "/account/verification", "/admin/claims/1/approve", "/admin/claims/1/reject",
				"/admin/claims/1/unlink", "/admin/claims/1/transfer" }) {
			this.mvc.perform(post(action).with(csrf())).andExpect(redirectedUrl(LOGIN));
		}
	}

	@Test
	void everyFormNeedsTheCsrfToken() throws Exception {
		for (String action : new String[] { "/login", "/signup", "/password/forgot", "/password/reset" }) {
			this.mvc.perform(post(action)).andExpect(status().isForbidden());
		}
		for (String action : new String[] { "/researchers/" + this.key + "/follow",
				"/researchers/" + this.key + "/claim", "/account/password", "/account/delete", "/logout" }) {
			this.mvc.perform(post(action).with(this.accounts.as("user@example.org"))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/admin/claims/1/approve").with(this.accounts.as("admin@example.org")))
			.andExpect(status().isForbidden());
	}

	@Test
	void usersAndOwnersReachTheirPagesButNotTheAdminQueue() throws Exception {
		for (String user : new String[] { "user@example.org", "owner@example.org" }) {
			for (String page : new String[] { "/account", "/following", "/following/feed",
					"/researchers/" + this.key + "/claim" }) {
				this.mvc.perform(get(page).with(this.accounts.as(user))).andExpect(status().isOk());
			}
			this.mvc.perform(get("/admin/claims").with(this.accounts.as(user))).andExpect(status().isForbidden());
			this.mvc.perform(post("/admin/claims/1/approve").with(csrf()).with(this.accounts.as(user)))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void adminsReachTheQueue() throws Exception {
		this.mvc.perform(get("/admin/claims").with(this.accounts.as("admin@example.org"))).andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/claims/999/approve").with(csrf())
				.with(this.accounts.as("admin@example.org"))
				.param("reason", ""))
			.andExpect(redirectedUrl("/admin/claims"));
	}

	@Test
	void pagesCarryTheStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")));
	}

	@Test
	void theDevOutboxIsNotThereOutsideTheDevProfile() throws Exception {
		this.mvc.perform(get("/dev/outbox")).andExpect(status().isNotFound());
	}

}
