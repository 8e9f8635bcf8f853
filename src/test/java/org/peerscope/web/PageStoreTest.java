package org.peerscope.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages beyond memory are read back from the page store as they were kept, and never once
 * a change has outdated them.
 */
class PageStoreTest {

	private static final String ADA_PAGE = "/researchers/A1|en-US||||";

	private static final String GRACE_PAGE = "/researchers/A2|en-US||||";

	private static final String WORK_PAGE = "/works/W1|en-US||||";

	private static final String TOPIC_PAGE = "/topics/T1|en-US||||";

	@TempDir
	Path directory;

	private PageStore store;

	private AnonymousPageCache cache;

	@AfterEach
	void close() throws IOException {
		if (this.cache != null) {
			this.cache.close();
		}
		if (this.store != null) {
			this.store.close();
		}
	}

	@Test
	void givesBackWhatWasStoredAndLeavesNoFileBehind() {
		this.store = new PageStore(this.directory, DataSize.ofMegabytes(1).toBytes());
		CachedPage large = page(PageScope.researcher(1), large("Ada Whitfield"));
		CachedPage small = page(PageScope.ANYONE, "<p>short</p>");

		assertThat(this.store.put(ADA_PAGE, large, 7)).isTrue();
		assertThat(this.store.put(WORK_PAGE, small, 8)).isTrue();
		PageStore.Stored readLarge = this.store.get(ADA_PAGE);
		PageStore.Stored readSmall = this.store.get(WORK_PAGE);

		assertThat(readLarge.renderedAtGeneration()).isEqualTo(7);
		assertThat(readLarge.page().body()).isEqualTo(large.body());
		assertThat(readLarge.page().gzipBody()).isEqualTo(large.gzipBody());
		assertThat(readLarge.page().scope()).isEqualTo(PageScope.researcher(1));
		assertThat(readLarge.page().etag()).isEqualTo(large.etag());
		assertThat(readLarge.page().lastModified()).isEqualTo(large.lastModified());
		assertThat(readLarge.page().headers()).isEqualTo(large.headers());
		assertThat(readLarge.page().contentType()).isEqualTo(large.contentType());
		assertThat(readSmall.page().body()).isEqualTo(small.body());
		assertThat(readSmall.page().scope()).isEqualTo(PageScope.ANYONE);
		assertThat(this.store.get(GRACE_PAGE)).isNull();
		// Compressed: a page takes about a sixth of what it is as sent.
		assertThat(this.store.bytes()).isLessThan(large.length() / 4);
		assertThat(this.directory).isEmptyDirectory();
	}

	@Test
	void takesNoMoreThanItsSizeAndStartsOverWhenCleared() {
		this.store = new PageStore(this.directory, 4096);
		byte[] incompressible = new byte[1500];
		new java.util.Random(1).nextBytes(incompressible);
		CachedPage page = new CachedPage(PageScope.ANYONE, "application/octet-stream", Map.of(), incompressible,
				"W/\"x\"", 0);

		assertThat(this.store.put("a", page, 0)).isTrue();
		assertThat(this.store.put("b", page, 0)).isTrue();
		assertThat(this.store.put("c", page, 0)).isFalse();
		assertThat(this.store.full()).isTrue();
		assertThat(this.store.get("a").page().body()).isEqualTo(incompressible);
		assertThat(this.store.get("c")).isNull();

		this.store.clear();

		assertThat(this.store.get("a")).isNull();
		assertThat(this.store.full()).isFalse();
		assertThat(this.store.put("c", page, 0)).isTrue();
		assertThat(this.store.get("c").page().body()).isEqualTo(incompressible);
	}

	@Test
	void pagesMemoryCannotHoldAreAnsweredFromTheStore() {
		cacheWithMemoryFor(0);
		CachedPage kept = page(PageScope.researcher(1), large("Ada Whitfield"));
		keep(ADA_PAGE, kept);
		keep(GRACE_PAGE, page(PageScope.researcher(2), large("Grace Okafor")));

		CachedPage ada = this.cache.get(ADA_PAGE);

		assertThat(ada).isNotNull().isNotSameAs(kept);
		assertThat(ada.body()).isEqualTo(kept.body());
		assertThat(ada.etag()).isEqualTo(kept.etag());
		assertThat(new String(this.cache.get(GRACE_PAGE).body(), StandardCharsets.UTF_8)).contains("Grace Okafor");
	}

	@Test
	void aResearchersChangeOutdatesTheirStoredPageAndPagesOfAnyoneButNotOthersNorImportedData() {
		cacheWithMemoryFor(0);
		keep(ADA_PAGE, page(PageScope.researcher(1), large("Ada Whitfield")));
		keep(GRACE_PAGE, page(PageScope.researcher(2), large("Grace Okafor")));
		keep(TOPIC_PAGE, page(PageScope.ANYONE, large("Marine energy")));
		keep(WORK_PAGE, page(PageScope.CATALOGUE, large("Tidal turbines")));

		this.cache.drop(PageChange.researcher(1));

		assertThat(this.cache.get(ADA_PAGE)).isNull();
		assertThat(this.cache.get(TOPIC_PAGE)).isNull();
		assertThat(this.cache.get(GRACE_PAGE)).isNotNull();
		assertThat(this.cache.get(WORK_PAGE)).isNotNull();
		keep(ADA_PAGE, page(PageScope.researcher(1), large("Ada Whitfield, edited")));
		assertThat(new String(this.cache.get(ADA_PAGE).body(), StandardCharsets.UTF_8)).contains("edited");
	}

	@Test
	void aStoredPageIsServedNoLongerThanItsTimeToLive() {
		cacheWithMemoryFor(0);
		long dayAndAnHourAgo = System.currentTimeMillis() - Duration.ofHours(25).toMillis();
		keep(ADA_PAGE, renderedAt(dayAndAnHourAgo, PageScope.researcher(1), large("Ada Whitfield")));
		keep(GRACE_PAGE, page(PageScope.researcher(2), large("Grace Okafor")));

		assertThat(this.cache.get(ADA_PAGE)).isNull();
		assertThat(this.cache.get(GRACE_PAGE)).isNotNull();
	}

	@Test
	void aPageRenderedWhileAChangeWasUnderWayIsNotStored() {
		cacheWithMemoryFor(0);
		long renderStarted = this.cache.generation();
		this.cache.drop(PageChange.researcher(1));

		assertThat(
				this.cache.put(ADA_PAGE, page(PageScope.researcher(1), large("Ada Whitfield, before")), renderStarted))
			.isFalse();

		assertThat(this.cache.get(ADA_PAGE)).isNull();
		assertThat(this.store.pages()).isZero();
	}

	@Test
	void aChangeOfEverythingEmptiesTheStoreAndStartsRenderingAhead() {
		cacheWithMemoryFor(0);
		AtomicInteger passesRequested = new AtomicInteger();
		this.cache.whenEverythingDropped(passesRequested::incrementAndGet);
		keep(ADA_PAGE, page(PageScope.researcher(1), large("Ada Whitfield")));
		keep(WORK_PAGE, page(PageScope.CATALOGUE, large("Tidal turbines")));

		this.cache.drop(PageChange.everything());

		assertThat(this.cache.get(ADA_PAGE)).isNull();
		assertThat(this.cache.get(WORK_PAGE)).isNull();
		assertThat(this.store.pages()).isZero();
		assertThat(passesRequested).hasValue(1);
	}

	@Test
	void aPageReadBackGoesToAClientThatTakesGzipAsStoredWithoutBeingInflated() throws Exception {
		cacheWithMemoryFor(0);
		// No gzip reader could inflate these bytes: sending them must not try.
		byte[] compressed = "compressed as stored".getBytes(StandardCharsets.UTF_8);
		keep("/researchers/A1|en-US|false||||", CachedPage.compressed(PageScope.researcher(1),
				"text/html;charset=UTF-8", Map.of(), compressed, 50_000, "W/\"1\"", System.currentTimeMillis()));
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/researchers/A1");
		request.addPreferredLocale(Locale.US);
		request.addHeader("Accept-Encoding", "gzip");
		MockHttpServletResponse response = new MockHttpServletResponse();

		new AnonymousPageCacheFilter(this.cache).doFilter(request, response, (req, res) -> {
			throw new AssertionError("rendered instead of read back");
		});

		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getContentAsByteArray()).isEqualTo(compressed);
	}

	@Test
	void aStoredPageThatCannotBeReadBackIsRenderedAgainAndReplaced() throws Exception {
		cacheWithMemoryFor(0);
		String key = "/researchers/A1|en-US|false||||";
		byte[] damaged = page(PageScope.researcher(1), large("Ada Whitfield")).gzipBody();
		damaged[damaged.length / 2] ^= 0x5a;
		keep(key, CachedPage.compressed(PageScope.researcher(1), "text/html;charset=UTF-8", Map.of(), damaged,
				large("Ada Whitfield").getBytes(StandardCharsets.UTF_8).length, "W/\"1\"", System.currentTimeMillis()));
		String fresh = large("Ada Whitfield, rendered again");

		MockHttpServletResponse response = new MockHttpServletResponse();
		new AnonymousPageCacheFilter(this.cache).doFilter(plainRequest("/researchers/A1"), response, (req, res) -> {
			req.setAttribute(AnonymousPageCacheFilter.ANONYMOUS_ATTRIBUTE, true);
			res.setContentType("text/html;charset=UTF-8");
			res.getOutputStream().write(fresh.getBytes(StandardCharsets.UTF_8));
		});

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(fresh);
		assertThat(this.cache.get(key).body()).as("kept in its place")
			.isEqualTo(fresh.getBytes(StandardCharsets.UTF_8));
	}

	private static MockHttpServletRequest plainRequest(String uri) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
		request.addPreferredLocale(Locale.US);
		return request;
	}

	/** A cache whose memory holds about this many pages of {@link #large}. */
	private void cacheWithMemoryFor(int pages) {
		this.store = new PageStore(this.directory, DataSize.ofMegabytes(8).toBytes());
		long memory = Math.max(1, pages * (page(PageScope.ANYONE, large("x")).weight() + 256L));
		this.cache = new AnonymousPageCache(new PageCacheProperties(true, Duration.ofHours(1), DataSize.ofBytes(memory),
				DataSize.ofMegabytes(8), Duration.ofHours(24), this.directory, false, 1, 0, 0), this.store);
	}

	private void keep(String key, CachedPage page) {
		assertThat(this.cache.put(key, page, this.cache.generation())).isTrue();
		// Memory lets go of what exceeds its size when it next tidies up.
		this.cache.size();
	}

	private static String large(String name) {
		return ("<li>" + name + " · Sørensen et al.</li>\n").repeat(400);
	}

	private static CachedPage page(PageScope scope, String html) {
		return renderedAt(System.currentTimeMillis() / 1000 * 1000, scope, html);
	}

	private static CachedPage renderedAt(long millis, PageScope scope, String html) {
		return new CachedPage(scope, "text/html;charset=UTF-8",
				Map.of("Vary", List.of("HX-Target"), "Content-Language", List.of("en-US")),
				html.getBytes(StandardCharsets.UTF_8), "W/\"" + html.hashCode() + "\"", millis);
	}

}
