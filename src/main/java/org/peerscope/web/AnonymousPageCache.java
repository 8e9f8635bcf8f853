package org.peerscope.web;

import java.io.IOException;
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
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered anonymous pages of this node, bounded in memory and in time, and beyond memory
 * in the page store ({@link PageStore}) when there is one. A change drops what it makes
 * outdated ({@link PageChange}, from {@link PageChanges} for this node's changes and
 * {@link PageChangeListener} for other nodes'; which pages, {@link PageScope}): a follow
 * or an owner's edit the page of the researcher concerned and every page that may show
 * anyone's figures; an import, a claim decision (co-authors' trust scores move with it)
 * or a deleted account everything. The times to live, in memory and in the store, bound
 * what no node announced (the database written by hand).
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
class AnonymousPageCache implements AutoCloseable {

	static final String METER_NAME = "anonymous-pages";

	/**
	 * The longest a request waits for another's render of the same page before rendering
	 * it itself: a render that slow has gone wrong, and waiting longer would only add to
	 * the delay.
	 */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

	private final Cache<String, CachedPage> pages;

	/**
	 * Pages beyond what memory holds, or null when this node keeps them in memory only.
	 */
	private final PageStore store;

	/** Milliseconds a stored page is served after it was rendered. */
	private final long storeTimeToLive;

	private final AtomicLong generation = new AtomicLong();

	/**
	 * The generations of the last changes, which outdate stored pages rendered before
	 * them: every page rendered before the last change of everything, pages that may show
	 * anyone's figures before any researcher's change, and each changed researcher's page
	 * before that researcher's change ({@link PageScope}).
	 */
	private volatile long everythingChangedAt;

	private volatile long anyoneChangedAt;

	private final ConcurrentMap<Long, Long> researcherChangedAt = new ConcurrentHashMap<>();

	private volatile Runnable whenEverythingDropped = () -> {
	};

	/** Requests answered with a page read back from the store. */
	private final LongAdder answeredFromStore = new LongAdder();

	/** What requests for a page being rendered wait for: the kept page, or null. */
	private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendersUnderWay = new ConcurrentHashMap<>();

	/** Requests answered with a page another request rendered while they waited. */
	private final LongAdder answeredByJoinedRender = new LongAdder();

	/**
	 * @param store where every page kept is stored too, and read back once memory lets it
	 * go; null to keep pages in memory only
	 */
	AnonymousPageCache(PageCacheProperties properties, PageStore store) {
		this.store = store;
		this.storeTimeToLive = properties.storeTimeToLive().toMillis();
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
		if (this.store != null) {
			// Counted as misses by the cache meters too: memory did not have them.
			FunctionCounter.builder("cache.store.hits", this.answeredFromStore, LongAdder::sum)
				.tag("cache", METER_NAME)
				.description("Requests for a page not in memory answered from the page store")
				.register(registry);
			Gauge.builder("cache.store.pages", this.store, PageStore::pages)
				.tag("cache", METER_NAME)
				.description("Pages in the page store, some perhaps outdated by changes since")
				.register(registry);
			Gauge.builder("cache.store.size", this.store, PageStore::bytes)
				.tag("cache", METER_NAME)
				.baseUnit("bytes")
				.description("Bytes of the page store's file taken")
				.register(registry);
		}
	}

	/**
	 * The kept page: from memory, or read back from the store unless a change since it
	 * was rendered has outdated it (and then kept in memory again, if memory admits it).
	 */
	CachedPage get(String key) {
		CachedPage page = this.pages.getIfPresent(key);
		if (page != null || this.store == null) {
			return page;
		}
		long generationAtLookup = this.generation.get();
		PageStore.Stored stored = this.store.get(key);
		if (stored == null || outdated(stored)) {
			return null;
		}
		this.answeredFromStore.increment();
		if (this.generation.get() == generationAtLookup) {
			this.pages.put(key, stored.page());
		}
		return stored.page();
	}

	/** Forgets the page kept under the key, in memory and in the store. */
	void forget(String key) {
		this.pages.invalidate(key);
		if (this.store != null) {
			this.store.remove(key);
		}
	}

	boolean hasStore() {
		return this.store != null;
	}

	/** Whether the store may still take pages (false: there is none, or it is full). */
	boolean canStoreMore() {
		return this.store != null && !this.store.full();
	}

	/** What to do once a change has dropped every page (after an import). */
	void whenEverythingDropped(Runnable action) {
		this.whenEverythingDropped = action;
	}

	/** Closes the store's file. */
	@Override
	public void close() throws IOException {
		if (this.store != null) {
			this.store.close();
		}
	}

	private boolean outdated(PageStore.Stored stored) {
		long renderedAt = stored.renderedAtGeneration();
		PageScope scope = stored.page().scope();
		if (renderedAt < this.everythingChangedAt
				|| stored.page().lastModified() + this.storeTimeToLive < System.currentTimeMillis()) {
			return true;
		}
		if (scope.researcherId() != null) {
			return renderedAt < this.researcherChangedAt.getOrDefault(scope.researcherId(), 0L);
		}
		return !scope.catalogueOnly() && renderedAt < this.anyoneChangedAt;
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
		if (this.store != null) {
			this.store.put(key, page, renderedAtGeneration);
		}
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

	/*
	 * A change marks what it outdates before it moves the generation on: a request that
	 * read the generation before the move cannot keep what it read back from the store
	 * (get), and one that read it after sees the marks.
	 */

	synchronized void dropAll() {
		this.everythingChangedAt = this.generation.get() + 1;
		this.researcherChangedAt.clear();
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
		if (this.store != null) {
			this.store.clear();
		}
		this.whenEverythingDropped.run();
	}

	/**
	 * Drops the pages of these researchers and every page that may show any researcher's
	 * figures ({@link PageScope}).
	 */
	synchronized void dropResearchers(Set<Long> researcherIds) {
		long changedAt = this.generation.get() + 1;
		researcherIds.forEach((id) -> this.researcherChangedAt.put(id, changedAt));
		this.anyoneChangedAt = changedAt;
		this.generation.incrementAndGet();
		this.pages.asMap().values().removeIf((page) -> page.scope().outdatedByChangeOf(researcherIds));
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
