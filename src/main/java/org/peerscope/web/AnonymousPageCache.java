package org.peerscope.web;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.peerscope.account.AccountDeleted;
import org.peerscope.catalog.CatalogChanged;
import org.peerscope.claim.AuthorshipDisputed;
import org.peerscope.claim.ClaimDecided;
import org.peerscope.claim.OwnerProfileChanged;
import org.peerscope.follow.FollowChanged;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Rendered anonymous pages of this node, bounded in memory and short-lived (several nodes
 * each keep their own: a change another node handled shows here after the time to live at
 * the latest). A change this node learns of drops what it affects: a follow or an owner's
 * edit the page of the researcher concerned and every page not tied to one researcher
 * (work, topic, institution pages and graph slices may show anyone's figures); an import,
 * a claim decision (co-authors' trust scores move with it) or a deleted account drops
 * everything.
 *
 * <p>
 * A page rendered while a change was under way is not kept ({@link #generation()}), and a
 * change made by a request is dropped once more when that request ends: other listeners
 * of the same event (metrics, trust) update figures after this one may have run.
 */
class AnonymousPageCache {

	static final String METER_NAME = "anonymous-pages";

	private final Cache<String, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

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
	}

	CachedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	/** Changes so far; a page rendered across a change is not kept. */
	long generation() {
		return this.generation.get();
	}

	void put(String key, CachedPage page, long renderedAtGeneration) {
		if (this.generation.get() == renderedAtGeneration) {
			this.pages.put(key, page);
		}
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

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void catalogChanged(CatalogChanged event) {
		// Imports change co-author lists and figures on other researchers' pages too.
		dropAllNowAndAtEndOfRequest();
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void claimDecided(ClaimDecided event) {
		// Trust scores of the researcher's co-authors follow the claim too.
		dropAllNowAndAtEndOfRequest();
	}

	@TransactionalEventListener(fallbackExecution = true)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void authorshipDisputed(AuthorshipDisputed event) {
		dropResearcherNowAndAtEndOfRequest(event.researcherId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void followChanged(FollowChanged event) {
		dropResearcherNowAndAtEndOfRequest(event.researcherId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void ownerProfileChanged(OwnerProfileChanged event) {
		dropResearcherNowAndAtEndOfRequest(event.researcherId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void accountDeleted(AccountDeleted event) {
		// Its follows and claims went with it, wherever they showed.
		dropAllNowAndAtEndOfRequest();
	}

	private void dropAllNowAndAtEndOfRequest() {
		dropAll();
		atEndOfRequest("peerscope.pageCache.dropAll", this::dropAll);
	}

	private void dropResearcherNowAndAtEndOfRequest(long researcherId) {
		dropResearchers(Set.of(researcherId));
		atEndOfRequest("peerscope.pageCache.drop." + researcherId, () -> dropResearchers(Set.of(researcherId)));
	}

	private static void atEndOfRequest(String name, Runnable drop) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.registerDestructionCallback(name, drop, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
