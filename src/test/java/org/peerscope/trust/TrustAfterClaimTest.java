package org.peerscope.trust;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.claim.OwnerService;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * End to end: claiming a profile raises its trust score at once, and the page and the API
 * say so.
 */
@IntegrationTest
class TrustAfterClaimTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TrustService trust;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OwnerService owners;

	long ada;

	long work;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		long northbridge = this.catalog.institution("University of Northbridge", "GB", "northbridge.ac.uk");
		this.ada = this.catalog.researcher("Ada Whitfield")
			.openalexId("A5023888391")
			.orcid("0000-0002-1825-0097")
			.currentlyAt(northbridge, 2019)
			.insert();
		this.work = this.catalog.work("On trust").year(2021).citations(3).authors(this.ada).insert();
		this.events.publishEvent(CatalogChanged.researchers(List.of(this.ada)));
	}

	@Test
	void anApprovedClaimRaisesTheScoreAndTheLevel() throws Exception {
		TrustSnapshot before = this.trust.snapshot(this.ada).orElseThrow();
		assertThat(before.claimed()).isFalse();
		assertThat(before.level()).isEqualTo(1);

		this.accounts.verified("ada@northbridge.ac.uk", "Ada Whitfield");
		this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@northbridge.ac.uk"))
				.param("orcid", "")
				.param("institutionalEmail", "")
				.param("statement", "This is me."))
			.andExpect(redirectedUrl("/account"));

		TrustSnapshot after = this.trust.snapshot(this.ada).orElseThrow();
		assertThat(after.claimed()).isTrue();
		assertThat(after.level()).isEqualTo(2);
		assertThat(after.score()).isGreaterThan(before.score());
		assertThat(after.signals().stream().mapToInt(TrustSnapshot.Signal::points).sum()).isEqualTo(after.score());

		Document page = Jsoup
			.parse(this.mvc.perform(get("/researchers/A5023888391")).andReturn().getResponse().getContentAsString());
		assertThat(page.selectFirst(".tile--trust dd").text()).startsWith("Trust " + after.score() + " · ");
		String json = this.mvc.perform(get("/api/researchers/A5023888391"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"claimed\":true", "\"score\":" + after.score(), "\"level\":2");
	}

	@Test
	void anOpenNotMeFlagLowersTheScoreUntilAnAdministratorDismissesIt() throws Exception {
		this.accounts.verified("ada@northbridge.ac.uk", "Ada Whitfield");
		this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@northbridge.ac.uk"))
				.param("orcid", "")
				.param("institutionalEmail", "")
				.param("statement", "This is me."))
			.andExpect(redirectedUrl("/account"));
		int claimed = this.trust.snapshot(this.ada).orElseThrow().score();
		String workKey = this.catalog.keyOfWork(this.work);

		this.mvc.perform(post("/account/profile/works/{key}/not-me", workKey).with(csrf())
			.with(this.accounts.as("ada@northbridge.ac.uk")));
		TrustSnapshot disputed = this.trust.snapshot(this.ada).orElseThrow();
		assertThat(disputed.score()).isLessThan(claimed);
		// Pending review, the work leaves her list and her figures.
		assertThat(publicationTitles()).isEmpty();
		assertThat(api()).contains("\"worksCount\":0");

		assertThat(this.owners.resolveDispute(this.ada, this.work, false)).isTrue();
		assertThat(this.trust.snapshot(this.ada).orElseThrow().score()).isEqualTo(claimed);
		assertThat(publicationTitles()).containsExactly("On trust");
		assertThat(api()).contains("\"worksCount\":1");
	}

	private List<String> publicationTitles() throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get("/researchers/A5023888391")).andReturn().getResponse().getContentAsString())
			.select(".work-list .work__title")
			.eachText();
	}

	private String api() throws Exception {
		return this.mvc.perform(get("/api/researchers/A5023888391")).andReturn().getResponse().getContentAsString();
	}

}
