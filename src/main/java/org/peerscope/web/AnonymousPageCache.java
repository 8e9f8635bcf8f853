package org.peerscope.web;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered anonymous pages of this node, bounded in memory and in time. A change drops
 * what it makes outdated ({@link PageChange}, from {@link PageChanges} for this node's
 * changes and {@link PageChangeListener} for other nodes'): a follow or an owner's edit
 * the page of the researcher concerned and every page not tied to one researcher (work,
 * topic, institution pages and graph slices may show anyone's figures); an import, a
 * claim decision (co-authors' trust scores move with it) or a deleted account everything.
 * The time to live bounds what no node announced (the database written by hand).
 *
 * <p>
 * A page rendered while a change was under way is not kept ({@link #generation()}).
 *
 * <p>
 * A page nobody has kept is rendered by one request at a time ({@link #startRender}):
 * requests that ask for it meanwhile wait for that render instead of rendering it again,
 * so a much-visited page whose time to live ends under load costs one render, not one per
 * request that arrives before it is kept again.
 */
class AnonymousPageCache {

	static final String METER_NAME = "anonymous-pages";

	/**
	 * The longest a request waits for another's render of the same page before rendering
	 * it itself: a render that slow has gone wrong, and waiting longer would only add to
	 * the delay.
	 */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

	private final Cache<String, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	/** What requests for a page being rendered wait for: the kept page, or null. */
	private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendersUnderWay = new ConcurrentHashMap<>();

	/** Requests answered with a page another request rendered while they waited. */
	private final LongAdder answeredByJoinedRender = new LongAdder();

	AnonymousPageCache(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((String key, CachedPage page) -> page.weight())
			.expireAfterWrite(properties.timeToLive())
			.recordStats()
			.build();
	}

	/**
	 * Hits, misses, evictions and size as {@code cache.*} meters tagged
	 * {@code cache=anonymous-pages}: what share of the traffic the rendering pays for.
	 */
	void bindTo(MeterRegistry registry) {
		CaffeineCacheMetrics.monitor(registry, this.pages, METER_NAME);
		// Counted as misses by the cache meters, although nothing was rendered for them.
		FunctionCounter.builder("cache.joined.renders", this.answeredByJoinedRender, LongAdder::sum)
			.tag("cache", METER_NAME)
			.description("Requests for a page not kept that got another request's render of it")
			.register(registry);
	}

	CachedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	/** Changes so far; a page rendered across a change is not kept. */
	long generation() {
		return this.generation.get();
	}

	/** Keeps the page unless a change came while it was rendered; whether it was kept. */
	boolean put(String key, CachedPage page, long renderedAtGeneration) {
		if (this.generation.get() != renderedAtGeneration) {
			return false;
		}
		this.pages.put(key, page);
		return true;
	}

	/**
	 * Starts the render of a page that is not kept: led by this request
	 * ({@link Render#leads()}; it must {@link #finish} it), or joined when another
	 * request renders the page already ({@link #awaitPage}).
	 */
	Render startRender(String key) {
		CompletableFuture<CachedPage> own = new CompletableFuture<>();
		long generationAtStart = this.generation.get();
		CompletableFuture<CachedPage> other = this.rendersUnderWay.putIfAbsent(key, own);
		return (other != null) ? new Render(key, generationAtStart, other, false)
				: new Render(key, generationAtStart, own, true);
	}

	/**
	 * The page the leading request kept, once it has; null when it kept none (the page
	 * was not for keeping, a change came during the render, the render failed) or took
	 * too long: the waiting request then renders the page itself.
	 */
	CachedPage awaitPage(Render joined) {
		try {
			CachedPage page = joined.outcome().get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			if (page != null) {
				this.answeredByJoinedRender.increment();
			}
			return page;
		}
		catch (TimeoutException | ExecutionException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * Ends a render this request led: keeps the page (null: nothing to keep) unless a
	 * change came during the render, and hands the outcome to the requests waiting for
	 * it. Requests for a page rendered across a change render it again, after the change.
	 */
	void finish(Render led, CachedPage page) {
		boolean kept = page != null && put(led.key(), page, led.generationAtStart());
		this.rendersUnderWay.remove(led.key(), led.outcome());
		led.outcome().complete(kept ? page : null);
	}

	void dropAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	/** Drops the pages of these researchers and every page not tied to one researcher. */
	void dropResearchers(Set<Long> researcherIds) {
		this.generation.incrementAndGet();
		this.pages.asMap()
			.values()
			.removeIf((page) -> page.researcherId() == null || researcherIds.contains(page.researcherId()));
	}

	long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	/** Drops what the change makes outdated. */
	void drop(PageChange change) {
		if (change.researcherId() == null) {
			dropAll();
		}
		else {
			dropResearchers(Set.of(change.researcherId()));
		}
	}

	/**
	 * A render of one page: the request leading it, or one waiting for it.
	 *
	 * @param generationAtStart the changes made before it started ({@link #generation()})
	 * @param outcome the kept page, or null, once the leading request has finished
	 */
	record Render(String key, long generationAtStart, CompletableFuture<CachedPage> outcome, boolean leads) {

	}

}
