package org.peerscope.web;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The cache of anonymous catalogue pages ({@code peerscope.page-cache.*}).
 *
 * @param enabled whether anonymous page bodies are kept at all
 * @param timeToLive how long a kept page is served: the most another app node, which did
 * not see a change, shows an outdated page
 * @param maxSize the most memory the kept pages take (their bodies, uncompressed)
 * @param storeSize the most disk the page store takes ({@link PageStore}: pages beyond
 * memory, compressed), 0 for none
 * @param storeTimeToLive how long a stored page is served after it was rendered: the most
 * an outdated page shows after a change nobody announced (the database written by hand;
 * {@code recompute} announces one)
 * @param storeDirectory where the page store's file is made (by default the system's
 * temporary directory; the file is deleted at once and lives as long as the process)
 * @param prerender whether pages are rendered into the store before anyone asks for them,
 * after the application starts and after every import ({@link PagePrerenderer}): every
 * researcher's, most cited first, then the most cited researchers' graph slices, then the
 * most cited works'
 * @param prerenderParallelism how many pages are rendered ahead at once
 * @param prerenderGraphSlices how many of the most cited researchers' graph slices
 * ({@code GET /api/graph/researchers/{key}}, as the explorer asks when a visitor opens a
 * researcher) are rendered ahead
 * @param prerenderWorks how many of the most cited works' pages are rendered ahead
 */
@ConfigurationProperties("peerscope.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration timeToLive,
		@DefaultValue("128MB") DataSize maxSize, @DefaultValue("4GB") DataSize storeSize,
		@DefaultValue("24h") Duration storeTimeToLive, Path storeDirectory, @DefaultValue("true") boolean prerender,
		@DefaultValue("1") int prerenderParallelism, @DefaultValue("200000") long prerenderGraphSlices,
		@DefaultValue("200000") long prerenderWorks) {

	PageCacheProperties {
		if (storeTimeToLive.isNegative() || storeTimeToLive.isZero()) {
			throw new IllegalArgumentException("peerscope.page-cache.store-time-to-live must be positive");
		}
		if (prerenderWorks < 0 || prerenderGraphSlices < 0) {
			throw new IllegalArgumentException(
					"peerscope.page-cache.prerender-works and prerender-graph-slices must not be negative");
		}
		if (prerenderParallelism < 1) {
			throw new IllegalArgumentException("peerscope.page-cache.prerender-parallelism must be at least 1");
		}
		if (storeDirectory == null) {
			storeDirectory = Path.of(System.getProperty("java.io.tmpdir"));
		}
	}

	/** Whether pages beyond memory are kept on disk. */
	boolean storing() {
		return this.storeSize.toBytes() > 0;
	}

}
