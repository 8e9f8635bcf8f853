package org.peerscope.claim;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OwnerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	long ada;

	List<String> works = new ArrayList<>();

	@BeforeEach
	void claimedProfile() {
		this.catalog.reset();
		this.works.clear();
		this.ada = this.catalog.researcher("Ada Whitfield").openalexId("A5023888391").insert();
		for (int i = 0; i < 7; i++) {
			this.works
				.add(this.catalog.keyOfWork(this.catalog.work("Work " + i).year(2010 + i).authors(this.ada).insert()));
		}
		long owner = this.accounts.verified("ada@example.org", "Ada");
		this.catalog.jdbc()
			.sql("insert into claims (account_id, researcher_id, status, route, level) values (?, ?, 'APPROVED', 'REVIEW', 3)")
			.params(owner, this.ada)
			.update();
		this.accounts.verified("someone@example.org", "Someone");
	}

	@Test
	void theOwnerEditsBioLinksAndOpenToCollaborate() throws Exception {
		this.mvc
			.perform(post("/account/profile").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("openToCollaborate", "true")
				.param("bio", "I study message passing.")
				.param("homepageUrl", "https://ada.example.org")
				.param("orcid", "0000-0002-1825-0097"))
			.andExpect(redirectedUrl("/account/profile"))
			.andExpect(flash().attribute("flash", "claim.owner.saved"));
		Document page = Jsoup
			.parse(this.mvc.perform(get("/researchers/A5023888391")).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".badge--open").text()).isEqualTo("Open to collaborate");
		assertThat(page.select(".claim-panel__bio").text()).isEqualTo("I study message passing.");
		assertThat(page.select(".claim-panel__links a").eachAttr("href")).containsExactly("https://ada.example.org",
				"https://orcid.org/0000-0002-1825-0097");
	}

	@Test
	void badProfileInputIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
		String html = this.mvc
			.perform(post("/account/profile").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("bio", "<script>alert(1)</script>")
				.param("homepageUrl", "javascript:alert(1)")
				.param("orcid", "nope"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#bio-error").text()).contains("no < or >");
		assertThat(page.select("#homepageUrl-error").text()).startsWith("Enter a web address");
		assertThat(page.select("#orcid-error").text()).startsWith("Enter an ORCID iD");
		assertThat(html).doesNotContain("<script>alert");
		html = this.mvc
			.perform(post("/account/profile").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("bio", "x".repeat(2001)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select("#bio-error").text()).contains("at most 2,000");
		assertThat(this.catalog.jdbc().sql("select count(*) from researcher_owner_profiles").query(Long.class).single())
			.isZero();
	}

	@Test
	void pinsUpToFiveWorksInOrder() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc
				.perform(post("/account/profile/works/" + this.works.get(i) + "/pin").with(csrf())
					.with(this.accounts.as("ada@example.org")))
				.andExpect(flash().attribute("flash", "claim.owner.PINNED"));
		}
		this.mvc
			.perform(post("/account/profile/works/" + this.works.get(5) + "/pin").with(csrf())
				.with(this.accounts.as("ada@example.org")))
			.andExpect(flash().attribute("flashError", "claim.owner.PINS_FULL"));
		this.mvc
			.perform(post("/account/profile/works/" + this.works.get(0) + "/pin").with(csrf())
				.with(this.accounts.as("ada@example.org"))
				.param("pin", "false"))
			.andExpect(flash().attribute("flash", "claim.owner.UNPINNED"));
		// The freed place takes the next pin.
		this.mvc
			.perform(post("/account/profile/works/" + this.works.get(5) + "/pin").with(csrf())
				.with(this.accounts.as("ada@example.org")))
			.andExpect(flash().attribute("flash", "claim.owner.PINNED"));
		Document page = Jsoup
			.parse(this.mvc.perform(get("/researchers/A5023888391")).andReturn().getResponse().getContentAsString());
		assertThat(page.select(".claim-panel__pinned li").eachText()).containsExactly("Work 5", "Work 1", "Work 2",
				"Work 3", "Work 4");
	}

	@Test
	void notMeFlagsTheAuthorshipForReviewAndCountsAsAnOpenDispute() throws Exception {
		this.mvc
			.perform(post("/account/profile/works/" + this.works.get(3) + "/not-me").with(csrf())
				.with(this.accounts.as("ada@example.org")))
			.andExpect(redirectedUrl("/account/profile"))
			.andExpect(flash().attribute("flash", "claim.owner.DISPUTED"));
		assertThat(this.catalog.jdbc()
			.sql("select open_disputes from researcher_verification where researcher_id = ?")
			.param(this.ada)
			.query(Integer.class)
			.single()).isOne();
		Document page = Jsoup.parse(this.mvc.perform(get("/account/profile").with(this.accounts.as("ada@example.org")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#work-" + this.works.get(3) + " .badge--unclaimed").text())
			.isEqualTo("Not me — under review");
		// The public list leaves the flagged work out, and its counts and type choices
		// with it.
		Document publicPage = Jsoup
			.parse(this.mvc.perform(get("/researchers/A5023888391")).andReturn().getResponse().getContentAsString());
		assertThat(publicPage.select("#publications .section-header .muted").text()).isEqualTo("6 works");
		assertThat(publicPage.select(".work__title").eachText()).hasSize(6).doesNotContain("Work 3");
		Document byType = Jsoup.parse(this.mvc.perform(get("/researchers/A5023888391").param("type", "article"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(byType.select("#publications .section-header .muted").text()).isEqualTo("6 of 6 works match");
	}

	@Test
	void onlyTheOwnerEditsAndOnlyTheirOwnWorks() throws Exception {
		this.mvc.perform(get("/account/profile").with(this.accounts.as("someone@example.org")))
			.andExpect(redirectedUrl("/account"));
		this.mvc
			.perform(post("/account/profile").with(csrf())
				.with(this.accounts.as("someone@example.org"))
				.param("bio", "Hijacked"))
			.andExpect(redirectedUrl("/account"));
		this.mvc
			.perform(post("/account/profile/works/" + this.works.get(0) + "/not-me").with(csrf())
				.with(this.accounts.as("someone@example.org")))
			.andExpect(redirectedUrl("/account"));
		long other = this.catalog.researcher("Someone Else").insert();
		String foreign = this.catalog.keyOfWork(this.catalog.work("Not hers").authors(other).insert());
		this.mvc
			.perform(post("/account/profile/works/" + foreign + "/pin").with(csrf())
				.with(this.accounts.as("ada@example.org")))
			.andExpect(flash().attribute("flashError", "claim.owner.NOT_THEIR_WORK"));
		this.mvc.perform(get("/account/profile")).andExpect(redirectedUrl("/login"));
		assertThat(this.catalog.jdbc().sql("select count(*) from researcher_owner_profiles").query(Long.class).single())
			.isZero();
		assertThat(this.catalog.jdbc().sql("select count(*) from authorship_disputes").query(Long.class).single())
			.isZero();
	}

	@Test
	void anAdminAcceptsOrDismissesNotMeFlags() throws Exception {
		this.accounts.admin("admin@example.org", "Admin");
		for (int i : new int[] { 1, 2 }) {
			this.mvc.perform(post("/account/profile/works/" + this.works.get(i) + "/not-me").with(csrf())
				.with(this.accounts.as("ada@example.org")));
		}
		Document queue = Jsoup.parse(this.mvc.perform(get("/admin/claims").with(this.accounts.as("admin@example.org")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(queue.select(".dispute strong").eachText()).containsExactly("Work 1", "Work 2");
		List<String> actions = queue.select(".dispute form").eachAttr("action");
		this.mvc.perform(post(actions.get(0)).with(csrf()).with(this.accounts.as("admin@example.org")))
			.andExpect(flash().attribute("flash", "claim.dispute.accept"));
		this.mvc.perform(post(actions.get(3)).with(csrf()).with(this.accounts.as("admin@example.org")))
			.andExpect(flash().attribute("flash", "claim.dispute.dismiss"));
		this.mvc.perform(post(actions.get(0)).with(csrf()).with(this.accounts.as("ada@example.org")))
			.andExpect(status().isForbidden());
		assertThat(this.catalog.jdbc()
			.sql("select count(*) from authorships where researcher_id = ?")
			.param(this.ada)
			.query(Long.class)
			.single()).isEqualTo(6);
		assertThat(this.catalog.jdbc()
			.sql("select open_disputes from researcher_verification where researcher_id = ?")
			.param(this.ada)
			.query(Integer.class)
			.single()).isZero();
	}

}
