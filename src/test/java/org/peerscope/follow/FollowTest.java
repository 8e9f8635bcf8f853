package org.peerscope.follow;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class FollowTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FollowService follows;

	long ada;

	long grace;

	String adaKey;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		this.ada = this.catalog.researcher("Ada Whitfield").openalexId("A5023888391").insert();
		this.grace = this.catalog.researcher("Grace Okafor").insert();
		this.adaKey = "A5023888391";
		this.catalog.work("Older work").published(LocalDate.of(2020, 1, 5)).authors(this.ada).insert();
		this.catalog.work("Newest work")
			.published(LocalDate.of(2024, 3, 2))
			.doi("10.5555/new")
			.authors(this.grace, this.ada)
			.insert();
		this.catalog.work("Grace alone").year(2022).authors(this.grace).insert();
		this.accounts.verified("reader@example.org", "Reader");
	}

	@Test
	void followsWithAPlainFormPostAndBackToThePage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc
			.perform(post("/researchers/a5023888391/follow").with(csrf())
				.session(session)
				.with(this.accounts.as("reader@example.org")))
			.andExpect(redirectedUrl("/researchers/A5023888391"))
			.andExpect(flash().attribute("followMessage", "follow.outcome.FOLLOWED"));
		Document page = Jsoup.parse(this.mvc
			.perform(get("/researchers/A5023888391").session(session).with(this.accounts.as("reader@example.org")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("#follow-button .follow__count").text()).isEqualTo("1 follower");
		assertThat(page.select("#follow-button button").text()).isEqualTo("Following · Unfollow");
		assertThat(page.select("#follow-button .follow__message").text()).isEqualTo("You follow this researcher now.");

		// Twice is still once.
		this.mvc
			.perform(post("/researchers/A5023888391/follow").with(csrf()).with(this.accounts.as("reader@example.org")));
		assertThat(this.follows.followerCount(this.ada)).isOne();

		this.mvc
			.perform(
					post("/researchers/A5023888391/unfollow").with(csrf()).with(this.accounts.as("reader@example.org")))
			.andExpect(redirectedUrl("/researchers/A5023888391"));
		assertThat(this.follows.followerCount(this.ada)).isZero();
	}

	@Test
	void htmxGetsTheButtonBackInPlace() throws Exception {
		String html = this.mvc
			.perform(post("/researchers/A5023888391/follow").with(csrf())
				.with(this.accounts.as("reader@example.org"))
				.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document fragment = Jsoup.parseBodyFragment(html);
		assertThat(fragment.select("html > body > *")).hasSize(1);
		assertThat(fragment.select("#follow-button form").attr("hx-post"))
			.isEqualTo("/researchers/A5023888391/unfollow");
		assertThat(fragment.select("#follow-button .follow__count").text()).isEqualTo("1 follower");
		assertThat(fragment.select("input[name=_csrf]")).hasSize(1);
	}

	@Test
	void anonymousVisitorsAreSentToLogInAndComeBackToThePage() throws Exception {
		Document page = Jsoup
			.parse(this.mvc.perform(get("/researchers/A5023888391")).andReturn().getResponse().getContentAsString());
		String link = page.select("#follow-button a.follow__action").attr("href");
		assertThat(link).isEqualTo("/researchers/A5023888391/follow");

		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get(link).session(session)).andExpect(redirectedUrl("/login"));
		var login = this.mvc
			.perform(post("/login").with(csrf())
				.session(session)
				.param("email", "reader@example.org")
				.param("password", TestAccounts.PASSWORD))
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl())
				.endsWith("/researchers/A5023888391/follow?continue"))
			.andReturn();
		MockHttpSession signedIn = (MockHttpSession) login.getRequest().getSession(false);
		this.mvc.perform(get("/researchers/A5023888391/follow?continue").session(signedIn))
			.andExpect(redirectedUrl("/researchers/A5023888391"));
	}

	@Test
	void anonymousPostsAndHtmxRequestsDoNotFollow() throws Exception {
		this.mvc.perform(post("/researchers/A5023888391/follow").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/researchers/A5023888391/follow").with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect((result) -> assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/login"));
		this.mvc.perform(post("/researchers/A5023888391/follow").with(this.accounts.as("reader@example.org")))
			.andExpect(status().isForbidden());
		assertThat(this.follows.followerCount(this.ada)).isZero();
	}

	@Test
	void nobodyFollowsTheirOwnClaimedProfile() throws Exception {
		long owner = this.accounts.verified("ada@northbridge.ac.uk", "Ada Whitfield");
		this.catalog.jdbc()
			.sql("insert into claims (account_id, researcher_id, status, route, level) values (?, ?, 'APPROVED', 'REVIEW', 3)")
			.params(owner, this.ada)
			.update();
		this.mvc
			.perform(post("/researchers/A5023888391/follow").with(csrf())
				.with(this.accounts.as("ada@northbridge.ac.uk")))
			.andExpect(redirectedUrl("/researchers/A5023888391"));
		assertThat(this.follows.followerCount(this.ada)).isZero();
		Document page = page("/researchers/A5023888391", "ada@northbridge.ac.uk");
		assertThat(page.select("#follow-button form")).isEmpty();
		assertThat(page.select("#follow-button .follow__note").text()).isEqualTo("This is your profile.");
	}

	@Test
	void followerCountsStayExactUnderConcurrentFollowsAndUnfollows() throws Exception {
		int readers = 12;
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			emails.add("reader" + i + "@example.org");
			this.accounts.verified(emails.get(i), "Reader " + i);
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> requests = new ArrayList<>();
			for (String email : emails) {
				for (int repeat = 0; repeat < 3; repeat++) {
					requests.add(() -> this.mvc
						.perform(post("/researchers/A5023888391/follow").with(csrf()).with(this.accounts.as(email)))
						.andReturn()
						.getResponse()
						.getStatus());
				}
			}
			for (Future<Integer> result : pool.invokeAll(requests)) {
				assertThat(result.get()).isEqualTo(302);
			}
			assertThat(this.follows.followerCount(this.ada)).isEqualTo(readers);

			List<Callable<Integer>> mixed = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				String email = emails.get(i);
				String action = (i % 2 == 0) ? "unfollow" : "follow";
				for (int repeat = 0; repeat < 3; repeat++) {
					mixed.add(() -> this.mvc
						.perform(post("/researchers/A5023888391/" + action).with(csrf()).with(this.accounts.as(email)))
						.andReturn()
						.getResponse()
						.getStatus());
				}
			}
			for (Future<Integer> result : pool.invokeAll(mixed)) {
				assertThat(result.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.follows.followerCount(this.ada)).isEqualTo(readers / 2);
		Document page = Jsoup.parse(
				this.mvc.perform(get("/api/researchers/A5023888391")).andReturn().getResponse().getContentAsString());
		assertThat(page.text()).contains("\"followerCount\":" + (readers / 2));
	}

	@Test
	void theFollowingPageAndTheFeedListWhatTheAccountFollowsNewestFirst() throws Exception {
		this.mvc
			.perform(post("/researchers/A5023888391/follow").with(csrf()).with(this.accounts.as("reader@example.org")));
		this.mvc.perform(post("/researchers/" + this.catalog.keyOfResearcher(this.grace) + "/follow").with(csrf())
			.with(this.accounts.as("reader@example.org")));

		Document following = page("/following", "reader@example.org");
		assertThat(following.select(".following-list__item > a").eachText()).containsExactlyInAnyOrder("Ada Whitfield",
				"Grace Okafor");

		Document feed = page("/following/feed", "reader@example.org");
		assertThat(feed.select(".feed-item .work__title").eachText()).containsExactly("Newest work", "Grace alone",
				"Older work");
		assertThat(feed.select(".feed-item").first().select(".work__authors a").eachText())
			.containsExactly("Grace Okafor", "Ada Whitfield");

		this.mvc.perform(get("/following")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/following/feed")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theFeedCostsTheSameStatementsWhateverItHolds() throws Exception {
		this.mvc
			.perform(post("/researchers/A5023888391/follow").with(csrf()).with(this.accounts.as("reader@example.org")));
		QueryCounter.reset();
		page("/following/feed", "reader@example.org");
		long small = QueryCounter.statements();
		for (int i = 0; i < 30; i++) {
			this.catalog.work("More " + i).year(2000 + i % 20).authors(this.ada, this.grace).insert();
		}
		this.mvc.perform(post("/researchers/" + this.catalog.keyOfResearcher(this.grace) + "/follow").with(csrf())
			.with(this.accounts.as("reader@example.org")));
		QueryCounter.reset();
		page("/following/feed?page=2", "reader@example.org");
		assertThat(QueryCounter.statements()).isEqualTo(small);
		QueryCounter.reset();
		page("/following", "reader@example.org");
		assertThat(QueryCounter.statements()).isLessThanOrEqualTo(small);
	}

	@Test
	void atomFeedIsValidAtomWithTheNewestWorksFirst() throws Exception {
		var response = this.mvc.perform(get("/researchers/a5023888391/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new InputSource(new StringReader(response.getContentAsString())));
		Element feed = xml.getDocumentElement();
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		for (String required : List.of("id", "title", "updated", "author")) {
			assertThat(children(feed, required)).as(required).isNotEmpty();
		}
		assertThat(text(feed, "updated")).isEqualTo("2024-03-02T00:00:00Z");
		List<Element> entries = children(feed, "entry");
		assertThat(entries).hasSize(2);
		assertThat(entries.stream().map((e) -> text(e, "title"))).containsExactly("Newest work", "Older work");
		for (Element entry : entries) {
			assertThat(text(entry, "id")).startsWith("http");
			assertThat(text(entry, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		}
		assertThat(children(entries.get(0), "link").get(0).getAttribute("href"))
			.isEqualTo("https://doi.org/10.5555/new");
		this.mvc.perform(get("/researchers/A999/feed.atom")).andExpect(status().isNotFound());
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
					&& "http://www.w3.org/2005/Atom".equals(element.getNamespaceURI())) {
				found.add(element);
			}
		}
		return found;
	}

	private static String text(Element parent, String name) {
		return children(parent, name).get(0).getTextContent();
	}

	private Document page(String url, String email) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(url).with(this.accounts.as(email)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
