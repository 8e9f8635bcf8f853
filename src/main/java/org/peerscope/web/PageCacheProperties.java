package org.peerscope.web;

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
 */
@ConfigurationProperties("peerscope.page-cache")
record PageCacheProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10m") Duration timeToLive,
		@DefaultValue("128MB") DataSize maxSize) {

}
