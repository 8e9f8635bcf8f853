package org.peerscope.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class ClaimTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestMail mail;

	long ada;

	long plain;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		this.mail.clear();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		long kestrel = this.catalog.institution("Kestrel Bay University", "US", "kestrelbay.edu");
		this.ada = this.catalog.researcher("Ada Whitfield")
			.openalexId("A5023888391")
			.orcid("0000-0002-1825-0097")
			.currentlyAt(northbridge, 2019)
			.formerlyAt(kestrel, 2012, 2018)
			.insert();
		this.plain = this.catalog.researcher("No Identifiers").insert();
	}

	private Map<String, Object> verification(long researcherId) {
		return this.catalog.jdbc()
			.sql("select * from researcher_verification where researcher_id = ?")
			.param(researcherId)
			.query()
			.singleRow();
	}

	@Test
	void theVerificationViewHasTheAgreedColumnsInOrder() {
		List<String> columns = this.catalog.jdbc().sql("""
				select column_name || ':' || data_type from information_schema.columns
				where table_name = 'researcher_verification' order by ordinal_position""").query(String.class).list();
		assertThat(columns).containsExactly("researcher_id:bigint", "claimed:boolean", "verification_level:integer",
				"orcid_confirmed:boolean", "institution_email_verified:boolean", "reviewed:boolean",
				"open_disputes:integer");
		assertThat(verification(this.ada)).containsEntry("claimed", false).containsEntry("verification_level", 1);
		assertThat(verification(this.plain)).containsEntry("verification_level", 0);
	}

	@Test
	void anEmailAtAFormerInstitutionIsApprovedAtOnceAtL2() throws Exception {
		this.accounts.verified("ada@cs.kestrelbay.edu", "Ada Whitfield");
		this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@cs.kestrelbay.edu"))
				.param("orcid", "")
				.param("institutionalEmail", "")
				.param("statement", "This is me."))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flash", "claim.outcome.AUTO_APPROVED"));
		assertThat(verification(this.ada)).containsEntry("claimed", true)
			.containsEntry("verification_level", 2)
			.containsEntry("institution_email_verified", true)
			.containsEntry("reviewed", false);
		assertThat(this.catalog.jdbc().sql("select event from claim_events order by id").query(String.class).list())
			.containsExactly("SUBMITTED", "AUTO_APPROVED");
		Document page = Jsoup
			.parse(this.mvc.perform(get("/researchers/A5023888391")).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".badge--claimed").first().text()).isEqualTo("Claimed author");
		assertThat(page.select(".claim-panel__action")).isEmpty();
	}

	@Test
	void otherwiseTheClaimWaitsForReviewAndTheAdminApprovesAtL3WithAMail() throws Exception {
		long claimant = this.accounts.verified("ada@gmail.com", "Ada W.");
		this.accounts.admin("admin@peerscope.org", "Admin");
		this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@gmail.com"))
				.param("orcid", "0000-0002-1825-0097")
				.param("institutionalEmail", "a.whitfield@northbridge.ac.uk")
				.param("statement", "I moved to a personal address."))
			.andExpect(flash().attribute("flash", "claim.outcome.PENDING"));
		assertThat(verification(this.ada)).containsEntry("claimed", false);

		Document queue = Jsoup
			.parse(this.mvc.perform(get("/admin/claims").with(this.accounts.as("admin@peerscope.org")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(queue.select(".claim-review").first().text()).contains("Ada Whitfield", "ada@gmail.com",
				"a.whitfield@northbridge.ac.uk", "I moved to a personal address.");
		long claimId = this.catalog.jdbc().sql("select id from claims").query(Long.class).single();

		this.mvc
			.perform(post("/admin/claims/" + claimId + "/approve").with(csrf())
				.with(this.accounts.as("admin@peerscope.org"))
				.param("reason", "Confirmed by a call")
				.param("confirmIdentity", "true"))
			.andExpect(redirectedUrl("/admin/claims"))
			.andExpect(flash().attribute("flash", "claim.outcome.APPROVED"));
		assertThat(verification(this.ada)).containsEntry("claimed", true)
			.containsEntry("verification_level", 3)
			.containsEntry("reviewed", true);
		assertThat(this.mail.to("ada@gmail.com")).singleElement().satisfies((m) -> {
			assertThat(m.subject()).isEqualTo("Your claim of Ada Whitfield on Peerscope is approved");
			assertThat(m.body()).contains("Confirmed by a call");
		});
		Document account = Jsoup.parse(this.mvc.perform(get("/account").with(this.accounts.as("ada@gmail.com")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(account.select(".claim-status").text()).contains("Ada Whitfield", "Approved");
		assertThat(claimant).isPositive();
	}

	@Test
	void aRejectionNeedsAReasonWhichTheClaimantSees() throws Exception {
		this.accounts.verified("ada@gmail.com", "Ada W.");
		this.accounts.admin("admin@peerscope.org", "Admin");
		this.mvc.perform(post("/researchers/A5023888391/claim").with(csrf())
			.with(this.accounts.as("ada@gmail.com"))
			.param("statement", "Me."));
		long claimId = this.catalog.jdbc().sql("select id from claims").query(Long.class).single();
		String html = this.mvc
			.perform(post("/admin/claims/" + claimId + "/reject").with(csrf())
				.with(this.accounts.as("admin@peerscope.org"))
				.param("reason", " "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#claim-" + claimId + " .field__error").text())
			.isEqualTo("Give the claimant a reason.");
		this.mvc
			.perform(post("/admin/claims/" + claimId + "/reject").with(csrf())
				.with(this.accounts.as("admin@peerscope.org"))
				.param("reason", "No evidence that this is you"))
			.andExpect(redirectedUrl("/admin/claims"));
		Document account = Jsoup.parse(this.mvc.perform(get("/account").with(this.accounts.as("ada@gmail.com")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(account.select(".claim-status").text()).contains("Rejected", "No evidence that this is you");
		assertThat(this.mail.to("ada@gmail.com")).singleElement()
			.satisfies((m) -> assertThat(m.body()).contains("No evidence that this is you"));
		assertThat(verification(this.ada)).containsEntry("claimed", false);
	}

	@Test
	void badEvidenceGetsMessagesNextToTheFieldsAndStoresNothing() throws Exception {
		this.accounts.verified("ada@gmail.com", "Ada W.");
		String html = this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@gmail.com"))
				.param("orcid", "1234")
				.param("institutionalEmail", "not an email")
				.param("statement", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#orcid-error").text()).startsWith("Enter an ORCID iD");
		assertThat(page.select("#institutionalEmail-error").text()).startsWith("Enter an email address");
		assertThat(page.select("#statement-error").text()).contains("no < or >");
		assertThat(html).doesNotContain("<script>alert");
		html = this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@gmail.com"))
				.param("statement", "x".repeat(1001)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#statement-error").text()).contains("at most 1,000");
		html = this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@gmail.com"))
				.param("statement", ""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#statement-error").text()).isEqualTo("This field is required.");
		assertThat(this.catalog.jdbc().sql("select count(*) from claims").query(Long.class).single()).isZero();
	}

	@Test
	void anUnverifiedAccountCannotClaim() throws Exception {
		this.accounts.unverified("ada@northbridge.ac.uk", "Ada");
		String html = this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@northbridge.ac.uk"))
				.param("statement", "Me"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select(".flash--error").text()).contains("Confirm your email address first");
		assertThat(this.catalog.jdbc().sql("select count(*) from claims").query(Long.class).single()).isZero();
	}

	@Test
	void twoSimultaneousClaimsOfOneResearcherHaveExactlyOneWinner() throws Exception {
		int claimants = 6;
		for (int i = 0; i < claimants; i++) {
			this.accounts.verified("person" + i + "@northbridge.ac.uk", "Person " + i);
		}
		ExecutorService pool = Executors.newFixedThreadPool(claimants);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Object>> requests = new ArrayList<>();
		for (int i = 0; i < claimants; i++) {
			String email = "person" + i + "@northbridge.ac.uk";
			requests.add(() -> {
				start.await();
				return this.mvc
					.perform(post("/researchers/A5023888391/claim").with(csrf())
						.with(this.accounts.as(email))
						.param("statement", "It is me"))
					.andReturn()
					.getFlashMap()
					.getOrDefault("flash", "error: " + "see page");
			});
		}
		List<Future<Object>> results = new ArrayList<>();
		for (Callable<Object> request : requests) {
			results.add(pool.submit(request));
		}
		start.countDown();
		int winners = 0;
		for (Future<Object> result : results) {
			if ("claim.outcome.AUTO_APPROVED".equals(result.get())) {
				winners++;
			}
		}
		pool.shutdown();
		assertThat(winners).isOne();
		assertThat(this.catalog.jdbc()
			.sql("select count(*) from claims where status = 'APPROVED'")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void theLosersOfARaceGetAClearMessage() throws Exception {
		this.accounts.verified("first@northbridge.ac.uk", "First");
		this.accounts.verified("second@northbridge.ac.uk", "Second");
		this.mvc.perform(post("/researchers/A5023888391/claim").with(csrf())
			.with(this.accounts.as("first@northbridge.ac.uk"))
			.param("statement", "Me"));
		String html = this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("second@northbridge.ac.uk"))
				.param("statement", "Me"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).text()).contains("Somebody else has claimed this profile");
	}

	@Test
	void oneAccountClaimsOneResearcherEvenWhenItTriesTwoAtOnce() throws Exception {
		this.accounts.verified("ada@northbridge.ac.uk", "Ada");
		long other = this.catalog.researcher("Other At Northbridge")
			.currentlyAt(this.catalog.jdbc()
				.sql("select id from institutions where homepage_domain = 'northbridge.ac.uk'")
				.query(Long.class)
				.single(), 2020)
			.insert();
		String otherKey = this.catalog.keyOfResearcher(other);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> results = new ArrayList<>();
		for (String key : List.of("A5023888391", otherKey)) {
			results.add(pool.submit(() -> {
				start.await();
				return this.mvc
					.perform(post("/researchers/" + key + "/claim").with(csrf())
						.with(this.accounts.as("ada@northbridge.ac.uk"))
						.param("statement", "Me"))
					.andReturn()
					.getFlashMap()
					.get("flash");
			}));
		}
		start.countDown();
		long approved = 0;
		for (Future<Object> result : results) {
			if ("claim.outcome.AUTO_APPROVED".equals(result.get())) {
				approved++;
			}
		}
		pool.shutdown();
		assertThat(approved).isOne();
		assertThat(this.catalog.jdbc().sql("select count(*) from claims").query(Long.class).single()).isOne();
	}

	@Test
	void adminsUnlinkAndTransferClaimsAndEverythingIsAudited() throws Exception {
		this.accounts.verified("ada@northbridge.ac.uk", "Ada");
		this.accounts.verified("real.ada@example.org", "The real Ada");
		this.accounts.admin("admin@peerscope.org", "Admin");
		this.mvc.perform(post("/researchers/A5023888391/claim").with(csrf())
			.with(this.accounts.as("ada@northbridge.ac.uk"))
			.param("statement", "Me"));
		long claimId = this.catalog.jdbc().sql("select id from claims").query(Long.class).single();
		this.mvc
			.perform(post("/admin/claims/" + claimId + "/transfer").with(csrf())
				.with(this.accounts.as("admin@peerscope.org"))
				.param("email", "real.ada@example.org")
				.param("reason", "Shared mailbox"))
			.andExpect(flash().attribute("flash", "claim.outcome.TRANSFERRED"));
		assertThat(verification(this.ada)).containsEntry("claimed", true).containsEntry("verification_level", 3);
		long moved = this.catalog.jdbc()
			.sql("select id from claims where status = 'APPROVED'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/claims/" + moved + "/unlink").with(csrf())
				.with(this.accounts.as("admin@peerscope.org"))
				.param("reason", ""))
			.andExpect(flash().attribute("flash", "claim.outcome.UNLINKED"));
		assertThat(verification(this.ada)).containsEntry("claimed", false).containsEntry("verification_level", 1);
		assertThat(this.catalog.jdbc().sql("select event from claim_events order by id").query(String.class).list())
			.containsExactly("SUBMITTED", "AUTO_APPROVED", "UNLINKED", "TRANSFERRED", "UNLINKED");
	}

	@Test
	void deletingTheAccountUnlinksItsClaimAndKeepsTheAuditLog() throws Exception {
		this.accounts.verified("ada@northbridge.ac.uk", "Ada");
		this.mvc.perform(post("/researchers/A5023888391/claim").with(csrf())
			.with(this.accounts.as("ada@northbridge.ac.uk"))
			.param("statement", "Me"));
		this.mvc
			.perform(post("/account/delete").with(csrf())
				.with(this.accounts.as("ada@northbridge.ac.uk"))
				.param("currentPassword", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
		assertThat(verification(this.ada)).containsEntry("claimed", false);
		assertThat(this.catalog.jdbc()
			.sql("select status || ':' || coalesce(account_id::text, '-') from claims")
			.query(String.class)
			.single()).isEqualTo("UNLINKED:-");
		assertThat(this.catalog.jdbc().sql("select count(*) from claim_events").query(Long.class).single())
			.isEqualTo(3);
	}

	@Test
	void aDecisionPublishesClaimDecided() throws Exception {
		this.accounts.verified("ada@northbridge.ac.uk", "Ada");
		this.mvc.perform(post("/researchers/A5023888391/claim").with(csrf())
			.with(this.accounts.as("ada@northbridge.ac.uk"))
			.param("statement", "Me"));
		assertThat(this.events.stream(ClaimDecided.class)).singleElement().satisfies((event) -> {
			assertThat(event.researcherId()).isEqualTo(this.ada);
			assertThat(event.status()).isEqualTo(ClaimStatus.APPROVED);
		});
	}

}
