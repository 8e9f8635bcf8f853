package org.peerscope.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.claim.ClaimDecided;
import org.peerscope.claim.ClaimStatus;
import org.peerscope.claim.OwnerProfileChanged;
import org.peerscope.follow.FollowChanged;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.QueryCounter;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anonymous catalogue pages come from the cache until something they show changes, and
 * nothing of a signed-in visitor is ever kept or handed to anyone else.
 */
@IntegrationTest
@TestPropertySource(properties = "peerscope.page-cache.enabled=true")
class AnonymousPageCacheTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AnonymousPageCache cache;

	long ada;

	long grace;

	String adaPage;

	String workPage;

	@BeforeEach
	void catalogue() {
		this.catalog.reset();
		this.cache.dropAll();
		this.ada = this.catalog.researcher("Ada Whitfield").insert();
		this.grace = this.catalog.researcher("Grace Okafor").insert();
		long work = this.catalog.work("Tidal turbines at scale")
			.published(LocalDate.of(2024, 3, 2))
			.authors(this.ada, this.grace)
			.insert();
		this.events.publishEvent(CatalogChanged.all());
		this.adaPage = "/researchers/" + this.catalog.keyOfResearcher(this.ada);
		this.workPage = "/works/" + this.catalog.keyOfWork(work);
		this.accounts.verified("reader@example.org", "Reader");
	}

	@Test
	void aSecondAnonymousVisitGetsTheSamePageWithoutTheDatabase() throws Exception {
		MockHttpServletResponse first = perform(get(this.adaPage));
		QueryCounter.reset();
		MockHttpServletResponse second = perform(get(this.adaPage));

		assertThat(QueryCounter.statements()).isZero();
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("Ada Whitfield");
		assertThat(second.getContentType()).isEqualTo(first.getContentType());
		assertThat(second.getHeaders(HttpHeaders.VARY)).isEqualTo(first.getHeaders(HttpHeaders.VARY));
		assertThat(second.getHeaderNames()).containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
		assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getHeader(HttpHeaders.ETAG)).startsWith("W/\"");
		assertThat(second.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
			.isNotNull();
		// Sent before the security filters, with the headers they set on the render.
		assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(second.getHeader("X-Frame-Options")).isEqualTo(first.getHeader("X-Frame-Options")).isNotNull();
		assertThat(second.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(second.getHeaderNames()).doesNotContain(HttpHeaders.PRAGMA, HttpHeaders.EXPIRES);
	}

	@Test
	void aResponseNotKeptGetsTheSecurityFiltersCacheHeaders() throws Exception {
		MockHttpServletResponse missing = perform(get("/researchers/PA999999"));

		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(missing.getHeader(HttpHeaders.PRAGMA)).isEqualTo("no-cache");

		this.catalog.jdbc()
			.sql("update researchers set orcid = '0000-0002-1825-0097' where id = ?")
			.param(this.ada)
			.update();
		MockHttpServletResponse redirect = perform(get("/search?q=0000-0002-1825-0097"));
		assertThat(redirect.getStatus()).isBetween(300, 399);
		assertThat(redirect.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void operatorsSeeWhatShareOfVisitsTheCacheAnswers() throws Exception {
		double hits = cacheGets("hit");
		double misses = cacheGets("miss");
		perform(get(this.adaPage));
		perform(get(this.adaPage));
		perform(get(this.adaPage));

		assertThat(cacheGets("miss") - misses).isEqualTo(1);
		assertThat(cacheGets("hit") - hits).isEqualTo(2);
	}

	private double cacheGets(String result) throws Exception {
		String metrics = this.mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher line = Pattern
			.compile("(?m)^cache_gets_total\\{[^}]*cache=\"anonymous-pages\"[^}]*result=\"" + result
					+ "\"[^}]*} (\\S+)$")
			.matcher(metrics);
		assertThat(line.find()).as("cache_gets_total of the page cache, %s, in%n%s", result, metrics).isTrue();
		return Double.parseDouble(line.group(1));
	}

	@Test
	void aCurrentCopyIsNotSentAgain() throws Exception {
		MockHttpServletResponse page = perform(get(this.workPage));
		String etag = page.getHeader(HttpHeaders.ETAG);
		String lastModified = page.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).isNotNull();
		assertThat(lastModified).isNotNull();

		MockHttpServletResponse byTag = perform(get(this.workPage).header(HttpHeaders.IF_NONE_MATCH, etag));
		assertThat(byTag.getStatus()).isEqualTo(304);
		assertThat(byTag.getContentLength()).isZero();
		assertThat(byTag.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);

		MockHttpServletResponse byDate = perform(
				get(this.workPage).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified));
		assertThat(byDate.getStatus()).isEqualTo(304);

		MockHttpServletResponse otherTag = perform(get(this.workPage).header(HttpHeaders.IF_NONE_MATCH, "W/\"old\""));
		assertThat(otherTag.getStatus()).isEqualTo(200);
		assertThat(otherTag.getContentAsString()).contains("Tidal turbines at scale");
	}

	@Test
	void aChangedPageGetsANewTag() throws Exception {
		String before = perform(get(this.adaPage)).getHeader(HttpHeaders.ETAG);
		rename(this.ada, "Ada Whitfield-Okafor");
		this.events.publishEvent(CatalogChanged.researchers(List.of(this.ada)));

		MockHttpServletResponse after = perform(get(this.adaPage).header(HttpHeaders.IF_NONE_MATCH, before));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before);
		assertThat(after.getContentAsString()).contains("Ada Whitfield-Okafor");
	}

	@Test
	void aSignedInVisitorNeverGetsTheAnonymousCopyNorLeavesTheirs() throws Exception {
		String anonymous = perform(get(this.adaPage)).getContentAsString();
		assertThat(anonymous).contains("Log in to follow").doesNotContain("Log out");

		QueryCounter.reset();
		MockHttpServletResponse signedIn = perform(get(this.adaPage).with(signedIn("reader@example.org")));
		assertThat(QueryCounter.statements()).isPositive();
		assertThat(signedIn.getContentAsString()).contains("Log out").doesNotContain("Log in to follow");
		assertThat(signedIn.getHeader(HttpHeaders.ETAG)).isNull();

		this.cache.dropAll();
		perform(get(this.workPage).with(signedIn("reader@example.org")));
		perform(get(this.adaPage).with(signedIn("reader@example.org")));
		assertThat(this.cache.size()).isZero();
		assertThat(perform(get(this.adaPage)).getContentAsString()).contains("Log in to follow")
			.doesNotContain("Log out");
	}

	@Test
	void aPageRenderedForASignedInUserIsNeverKeptEvenWithoutACookie() throws Exception {
		// Browsers always send the session cookie; this request is signed in without one.
		MockHttpServletResponse signedIn = perform(get(this.adaPage).with(this.accounts.as("reader@example.org")));

		assertThat(signedIn.getContentAsString()).contains("Log out");
		assertThat(this.cache.size()).isZero();
		assertThat(perform(get(this.adaPage)).getContentAsString()).contains("Log in to follow")
			.doesNotContain("Log out");
	}

	@Test
	void aVisitorWithACookieIsServedFresh() throws Exception {
		perform(get(this.adaPage));
		rename(this.ada, "Ada Renamed");

		assertThat(perform(get(this.adaPage).cookie(new Cookie("SESSION", "x"))).getContentAsString())
			.contains("Ada Renamed");
		assertThat(perform(get(this.adaPage)).getContentAsString()).contains("Ada Whitfield")
			.doesNotContain("Ada Renamed");
	}

	@Test
	void aVisitorWithASessionIsServedFreshAndLeavesNothing() throws Exception {
		MockHttpSession session = new MockHttpSession();
		perform(get(this.adaPage).session(session).cookie(sessionCookie()));
		assertThat(this.cache.size()).isZero();

		perform(get(this.adaPage));
		rename(this.ada, "Ada Renamed");
		assertThat(perform(get(this.adaPage).session(session).cookie(sessionCookie())).getContentAsString())
			.contains("Ada Renamed");
	}

	@Test
	void aFollowShowsOnTheAnonymousPageAtOnce() throws Exception {
		assertThat(perform(get(this.adaPage)).getContentAsString()).contains("No followers");

		perform(post(this.adaPage + "/follow").with(csrf()).with(this.accounts.as("reader@example.org")));

		assertThat(perform(get(this.adaPage)).getContentAsString()).contains("1 follower")
			.doesNotContain("No followers");
	}

	@Test
	void aClaimDecisionDropsEveryPage() throws Exception {
		String gracePage = "/researchers/" + this.catalog.keyOfResearcher(this.grace);
		perform(get(this.adaPage));
		perform(get(gracePage));
		rename(this.ada, "Ada Claimed");
		rename(this.grace, "Grace Renamed");

		this.events.publishEvent(new ClaimDecided(1L, this.ada, ClaimStatus.APPROVED));

		assertThat(perform(get(this.adaPage)).getContentAsString()).contains("Ada Claimed");
		// A co-author's trust score moves with the claim.
		assertThat(perform(get(gracePage)).getContentAsString()).contains("Grace Renamed");
	}

	@Test
	void anOwnersEditDropsTheirPageAndPagesOfAnyoneButNotOtherResearchersPages() throws Exception {
		String gracePage = "/researchers/" + this.catalog.keyOfResearcher(this.grace);
		String graceExplorer = gracePage + "/graph";
		perform(get(this.adaPage));
		perform(get(gracePage));
		perform(get(graceExplorer));
		rename(this.ada, "Ada Edited");
		rename(this.grace, "Grace Renamed");

		this.events.publishEvent(new OwnerProfileChanged(this.ada));

		assertThat(perform(get(this.adaPage)).getContentAsString()).contains("Ada Edited");
		assertThat(perform(get(graceExplorer)).getContentAsString()).contains("Grace Renamed");
		// Grace's page shows nothing of Ada's profile: it stays until its time is up.
		assertThat(perform(get(gracePage)).getContentAsString()).contains("Grace Okafor")
			.doesNotContain("Grace Renamed");
	}

	@Test
	void aWorkPageShowsImportedDataAloneSoOnlyAnImportDropsIt() throws Exception {
		perform(get(this.workPage));

		this.events.publishEvent(new OwnerProfileChanged(this.ada));
		QueryCounter.reset();
		assertThat(perform(get(this.workPage)).getContentAsString()).contains("Tidal turbines at scale");
		assertThat(QueryCounter.statements()).isZero();

		this.events.publishEvent(CatalogChanged.all());
		QueryCounter.reset();
		assertThat(perform(get(this.workPage)).getContentAsString()).contains("Tidal turbines at scale");
		assertThat(QueryCounter.statements()).isPositive();
	}

	@Test
	void aGraphSliceShowsImportedDataAloneSoAFollowOrAnOwnersEditDoesNotDropIt() throws Exception {
		String slice = "/api/graph/researchers/" + this.catalog.keyOfResearcher(this.ada);
		perform(get(slice));

		this.events.publishEvent(new FollowChanged(this.grace));
		this.events.publishEvent(new OwnerProfileChanged(this.ada));
		QueryCounter.reset();
		assertThat(perform(get(slice)).getContentAsString()).contains("Grace Okafor");
		assertThat(QueryCounter.statements()).isZero();

		this.events.publishEvent(CatalogChanged.all());
		QueryCounter.reset();
		assertThat(perform(get(slice)).getContentAsString()).contains("Grace Okafor");
		assertThat(QueryCounter.statements()).isPositive();
	}

	@Test
	void anImportDropsEverything() throws Exception {
		String gracePage = "/researchers/" + this.catalog.keyOfResearcher(this.grace);
		perform(get(gracePage));
		perform(get("/api/graph/researchers/" + this.catalog.keyOfResearcher(this.grace)));
		assertThat(perform(get("/search?q=Okafor")).getContentAsString()).contains("Grace Okafor");
		rename(this.grace, "Grace Okafor-Imported");
		assertThat(perform(get("/search?q=Okafor")).getContentAsString()).doesNotContain("Okafor-Imported");

		this.events.publishEvent(CatalogChanged.researchers(List.of(this.ada)));

		assertThat(perform(get(gracePage)).getContentAsString()).contains("Okafor-Imported");
		assertThat(
				perform(get("/api/graph/researchers/" + this.catalog.keyOfResearcher(this.grace))).getContentAsString())
			.contains("Okafor-Imported");
		assertThat(perform(get("/search?q=Okafor")).getContentAsString()).contains("Okafor-Imported");
	}

	@Test
	void searchShortcutsAndRateLimitedAnswersAreNotKept() throws Exception {
		assertThat(perform(get("/api/search?q=Okafor")).getStatus()).isEqualTo(200);
		this.catalog.jdbc()
			.sql("update researchers set orcid = '0000-0002-1825-0097' where id = ?")
			.param(this.ada)
			.update();
		assertThat(perform(get("/search?q=0000-0002-1825-0097")).getStatus()).isBetween(300, 399);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void htmxFragmentsAndFullPagesAreKeptApart() throws Exception {
		String full = perform(get(this.adaPage + "?page=1")).getContentAsString();
		String fragment = perform(
				get(this.adaPage + "?page=1").header("HX-Request", "true").header("HX-Target", "publications"))
			.getContentAsString();

		assertThat(full).contains("<html");
		assertThat(fragment).doesNotContain("<html").contains("Tidal turbines at scale");
		assertThat(perform(get(this.adaPage + "?page=1")).getContentAsString()).isEqualTo(full);
	}

	@Test
	void aBrowserThatTakesGzipGetsTheCopyCompressedWhenItWasKept() throws Exception {
		MockHttpServletResponse firstCompressed = perform(
				get(this.adaPage).header("Accept-Encoding", "gzip, deflate, br"));
		MockHttpServletResponse plain = perform(get(this.adaPage));
		QueryCounter.reset();
		MockHttpServletResponse compressed = perform(get(this.adaPage).header("Accept-Encoding", "gzip, deflate, br"));

		assertThat(QueryCounter.statements()).isZero();
		assertThat(plain.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(plain.getContentAsString()).contains("Ada Whitfield");
		for (MockHttpServletResponse response : List.of(firstCompressed, compressed)) {
			assertThat(response.getHeader(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
			assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
			assertThat(gunzip(response.getContentAsByteArray())).isEqualTo(plain.getContentAsByteArray());
			assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo(plain.getHeader(HttpHeaders.ETAG));
		}
		for (MockHttpServletResponse response : List.of(firstCompressed, plain, compressed)) {
			assertThat(response.getHeaders(HttpHeaders.VARY)).contains(HttpHeaders.ACCEPT_ENCODING);
		}
		assertThat(perform(get(this.adaPage).header("Accept-Encoding", "gzip;q=0, *"))
			.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
	}

	@Test
	void missingPagesAreNotKept() throws Exception {
		assertThat(perform(get("/researchers/R999999999")).getStatus()).isEqualTo(404);
		assertThat(this.cache.size()).isZero();
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/** A signed-in user's request as a browser sends it: with the session's cookie. */
	private RequestPostProcessor signedIn(String email) {
		RequestPostProcessor user = this.accounts.as(email);
		return (request) -> {
			request.setCookies(sessionCookie());
			return user.postProcessRequest(request);
		};
	}

	private static Cookie sessionCookie() {
		return new Cookie("SESSION", "browser-session");
	}

	private void rename(long researcherId, String name) {
		this.catalog.jdbc()
			.sql("update researchers set display_name = ? where id = ?")
			.params(name, researcherId)
			.update();
	}

	private static byte[] gunzip(byte[] compressed) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
			return in.readAllBytes();
		}
	}

}
