package org.peerscope.claim;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The admin queue, the account page and the owner page cost the same whatever they list;
 * the queue's repeated forms keep their element ids apart.
 */
@IntegrationTest
class ClaimPagesQueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void data() {
		this.catalog.reset();
		this.accounts.admin("admin@example.org", "Admin");
	}

	private void claims(int pending, int approved) {
		for (int i = 0; i < pending + approved; i++) {
			long researcher = this.catalog.researcher("Researcher " + i).insert();
			long account = this.accounts.verified("claimant" + i + "@example.org", "Claimant " + i);
			boolean approve = i >= pending;
			this.catalog.jdbc()
				.sql("insert into claims (account_id, researcher_id, status, route, level, statement) "
						+ "values (?, ?, ?, 'REVIEW', ?, 'Me')")
				.params(account, researcher, approve ? "APPROVED" : "PENDING", approve ? 3 : null)
				.update();
			long work = this.catalog.work("Work " + i).year(2020).authors(researcher).insert();
			if (approve) {
				this.catalog.jdbc()
					.sql("insert into authorship_disputes (work_id, researcher_id, account_id) values (?, ?, ?)")
					.params(work, researcher, account)
					.update();
			}
		}
	}

	private long statements(String url, String email) throws Exception {
		var user = this.accounts.as(email);
		QueryCounter.reset();
		this.mvc.perform(get(url).with(user)).andExpect(status().isOk());
		return QueryCounter.statements();
	}

	@Test
	void theAdminQueueDoesNotGrowWithTheClaims() throws Exception {
		claims(1, 1);
		long few = statements("/admin/claims", "admin@example.org");
		this.catalog.reset();
		this.accounts.admin("admin@example.org", "Admin");
		claims(15, 15);
		assertThat(statements("/admin/claims", "admin@example.org")).isEqualTo(few);
	}

	@Test
	void theAdminQueueGivesEveryElementItsOwnId() throws Exception {
		claims(3, 3);
		Document page = Jsoup.parse(this.mvc.perform(get("/admin/claims").with(this.accounts.as("admin@example.org")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		List<String> ids = page.select("[id]").eachAttr("id");
		assertThat(ids).doesNotHaveDuplicates().contains("reason-1", "transfer-email-4", "transfer-reason-6");
		assertThat(page.select("label[for]").eachAttr("for")).isNotEmpty()
			.allSatisfy((id) -> assertThat(ids).contains(id));
		assertThat(page.select("[aria-describedby]").eachAttr("aria-describedby")).doesNotHaveDuplicates();
	}

	@Test
	void theAccountAndOwnerPagesDoNotGrowWithTheWorks() throws Exception {
		claims(0, 1);
		long account = statements("/account", "claimant0@example.org");
		long owner = statements("/account/profile", "claimant0@example.org");
		long researcher = this.catalog.jdbc().sql("select researcher_id from claims").query(Long.class).single();
		for (int i = 0; i < 30; i++) {
			long work = this.catalog.work("More " + i).year(2000 + i).authors(researcher).insert();
			this.catalog.jdbc()
				.sql("insert into authorship_disputes (work_id, researcher_id) values (?, ?)")
				.params(work, researcher)
				.update();
		}
		assertThat(statements("/account", "claimant0@example.org")).isEqualTo(account);
		assertThat(statements("/account/profile", "claimant0@example.org")).isEqualTo(owner);
	}

}
