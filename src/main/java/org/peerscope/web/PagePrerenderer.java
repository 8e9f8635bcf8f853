package org.peerscope.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.peerscope.common.RankedKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.web.util.UriUtils;

/**
 * Renders pages into the page cache before a visitor asks for them, once the application
 * answers and again after each change of everything (an import): every researcher's page,
 * most cited first, then the most cited researchers' graph slices (as the explorer asks
 * for them), then the most cited works' pages. In a large catalogue most visits are to
 * pages nobody has asked for since the last start, and rendering one costs some twenty
 * times sending one kept.
 *
 * <p>
 * Pages are asked for as an anonymous visitor asks, over the loopback connection, so that
 * what is kept is exactly what a visitor gets, {@code prerender-parallelism} at a time
 * (by default one: the renders then take up to one core while the rest serves visitors).
 * A pass stops when the page store is full. Passes come back by themselves, at half the
 * store's time to live.
 */
class PagePrerenderer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PagePrerenderer.class);

	private static final int BATCH = 2000;

	private static final Duration RENDER_TIME_LIMIT = Duration.ofSeconds(30);

	private final AnonymousPageCache cache;

	private final List<Section> sections;

	private final String host;

	private final String contextPath;

	private final int parallelism;

	private final Duration passEvery;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** Pages rendered, by section. */
	private final Map<String, LongAdder> rendered = new LinkedHashMap<>();

	private final LongAdder passesCompleted = new LongAdder();

	private final AtomicBoolean passUnderWay = new AtomicBoolean();

	private final Object passes = new Object();

	private boolean passRequested;

	private volatile boolean running;

	private volatile String baseUrl;

	private Thread worker;

	/**
	 * @param host the address this node's server listens on, as loopback requests reach
	 * it
	 * @param parallelism pages rendered at once
	 * @param passEvery how long after a pass another starts by itself: pages it finds
	 * still kept cost nothing, those whose time to live has ended are rendered again
	 */
	PagePrerenderer(AnonymousPageCache cache, List<Section> sections, String host, String contextPath, int parallelism,
			Duration passEvery) {
		this.cache = cache;
		this.passEvery = passEvery;
		this.sections = List.copyOf(sections);
		sections.forEach((section) -> this.rendered.put(section.name(), new LongAdder()));
		this.host = host;
		this.contextPath = contextPath;
		this.parallelism = parallelism;
	}

	/** Pages rendered, passes completed, and whether a pass is under way. */
	void bindTo(MeterRegistry registry) {
		this.rendered.forEach((section, pages) -> FunctionCounter.builder("page.prerender.pages", pages, LongAdder::sum)
			.tag("page", section)
			.description("Pages rendered before a visitor asked for them")
			.register(registry));
		FunctionCounter.builder("page.prerender.passes", this.passesCompleted, LongAdder::sum)
			.description("Passes over every page rendered ahead completed")
			.register(registry);
		Gauge.builder("page.prerender.active", this.passUnderWay, (flag) -> flag.get() ? 1 : 0)
			.description("1 while pages are being rendered ahead of visitors")
			.register(registry);
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getParent() != null) {
			return;
		}
		if (!this.cache.hasStore()) {
			log.info("Pages are not rendered ahead of visitors: the page store is off "
					+ "(peerscope.page-cache.store-size is 0)");
			return;
		}
		this.baseUrl = "http://" + this.host + ":" + event.getWebServer().getPort() + this.contextPath;
		requestPass();
	}

	/** Starts a pass over every page rendered ahead, ending the one under way. */
	void requestPass() {
		synchronized (this.passes) {
			this.passRequested = true;
			this.passUnderWay.set(this.baseUrl != null);
			this.passes.notifyAll();
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.worker = new Thread(this::work, "page-prerender");
		this.worker.setDaemon(true);
		this.worker.start();
	}

	@Override
	public void stop() {
		this.running = false;
		this.worker.interrupt();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void work() {
		while (this.running) {
			synchronized (this.passes) {
				while (this.running && !(this.passRequested && this.baseUrl != null)) {
					this.passUnderWay.set(false);
					try {
						long waitedSince = System.nanoTime();
						this.passes.wait(this.passEvery.toMillis());
						if (System.nanoTime() - waitedSince >= this.passEvery.toNanos()) {
							// Stored pages rendered a pass ago are near the end of their
							// time.
							this.passRequested = true;
						}
					}
					catch (InterruptedException ex) {
						return;
					}
				}
				this.passRequested = false;
				this.passUnderWay.set(true);
			}
			try {
				pass();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Rendering pages ahead of visitors stopped: {}", ex.toString());
			}
		}
	}

	private void pass() throws InterruptedException {
		for (Section section : this.sections) {
			Outcome outcome = renderAhead(section);
			if (outcome == Outcome.STOPPED) {
				return;
			}
			if (outcome == Outcome.STORE_FULL) {
				break;
			}
		}
		this.passesCompleted.increment();
	}

	/** Renders one kind of page, most cited first, until done, full or stopped. */
	private Outcome renderAhead(Section section) throws InterruptedException {
		long started = System.nanoTime();
		Semaphore slots = new Semaphore(this.parallelism);
		AtomicBoolean unreachable = new AtomicBoolean();
		LongAdder rendered = this.rendered.get(section.name());
		long pages = 0;
		try {
			RankedKey last = RankedKey.FIRST;
			while (pages < section.most()) {
				List<RankedKey> batch = section.keys()
					.mostCitedFirst(last, (int) Math.min(BATCH, section.most() - pages));
				for (RankedKey ranked : batch) {
					slots.acquire();
					if (!this.running || newPassRequested() || unreachable.get()) {
						slots.release();
						return Outcome.STOPPED;
					}
					if (!this.cache.canStoreMore()) {
						slots.release();
						log.info("Rendered {} {} pages ahead of visitors, until the page store was full", pages,
								section.name());
						return Outcome.STORE_FULL;
					}
					render(section.path() + UriUtils.encodePathSegment(ranked.key(), StandardCharsets.UTF_8))
						.whenComplete((response, failure) -> {
							slots.release();
							if (failure == null) {
								rendered.increment();
							}
							else if (unreachable.compareAndSet(false, true)) {
								log.warn("Rendering pages ahead of visitors stopped: {} did not answer ({})",
										this.baseUrl, failure.toString());
							}
						});
					pages++;
					last = ranked;
				}
				if (batch.isEmpty()) {
					break;
				}
			}
		}
		finally {
			// A section ends when its last renders have.
			slots.acquire(this.parallelism);
		}
		if (unreachable.get()) {
			return Outcome.STOPPED;
		}
		log.info("Rendered {} {} pages ahead of visitors in {} s", pages, section.name(),
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
		return Outcome.DONE;
	}

	private boolean newPassRequested() {
		synchronized (this.passes) {
			return this.passRequested;
		}
	}

	/** Asks for one page as an anonymous visitor. */
	private CompletableFuture<HttpResponse<Void>> render(String path) {
		return this.client.sendAsync(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept-Encoding", "gzip")
			.timeout(RENDER_TIME_LIMIT)
			.GET()
			.build(), HttpResponse.BodyHandlers.discarding());
	}

	/** Where a section's keys come from: the batch after a key, most cited first. */
	@FunctionalInterface
	interface KeySource {

		List<RankedKey> mostCitedFirst(RankedKey after, int limit);

	}

	/**
	 * One kind of page rendered ahead.
	 *
	 * @param name as logs and meters name it
	 * @param path the page's path before its key
	 * @param most how many of the most cited are rendered at most
	 */
	record Section(String name, String path, KeySource keys, long most) {

	}

	private enum Outcome {

		DONE, STORE_FULL, STOPPED

	}

}
