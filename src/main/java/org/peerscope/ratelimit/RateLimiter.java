package org.peerscope.ratelimit;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Counts requests against the named limits of {@link RateLimitProperties}, per signed-in
 * account, or per client address for anonymous visitors. Each limit remembers a bounded
 * number of clients. Controllers use {@link RateLimited}; endpoints served by a filter
 * (the login form) use {@link RateLimitFilter}; both end up in
 * {@link #admit(String, HttpServletRequest, HttpServletResponse)}. The settings are
 * registered here, not with the web configuration, because the commands (no web server)
 * have this bean too.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
public class RateLimiter {

	private final RateLimitProperties properties;

	private final Set<String> exempt;

	private final Map<String, Cache<String, Bucket>> buckets;

	RateLimiter(RateLimitProperties properties) {
		this.properties = properties;
		this.exempt = Set.copyOf(properties.exemptAddresses());
		this.buckets = properties.limits()
			.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
					(limit) -> Caffeine.newBuilder()
						.maximumSize(properties.maxClientsPerLimit())
						.expireAfterAccess(limit.getValue().per())
						.<String, Bucket>build()));
	}

	/** Whether a limit of this name is configured. */
	public boolean hasLimit(String limit) {
		return this.buckets.containsKey(limit);
	}

	/**
	 * Counts the request against the limit. Over the limit, answers it (429 with
	 * {@code Retry-After}: the site's page, or JSON for {@code /api/}) and returns false;
	 * the caller then stops.
	 */
	public boolean admit(String limit, HttpServletRequest request, HttpServletResponse response) throws IOException {
		long waitSeconds = secondsToWait(limit, request);
		if (waitSeconds == 0) {
			return true;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(waitSeconds));
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			// API clients get JSON whatever they accept, like every other API answer.
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"status\":429,\"error\":\"Too Many Requests\",\"retryAfterSeconds\":" + waitSeconds + "}");
		}
		else {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		return false;
	}

	/** 0 when the request may go ahead; otherwise how long the client should wait. */
	long secondsToWait(String limit, HttpServletRequest request) {
		if (!this.properties.enabled() || this.exempt.contains(request.getRemoteAddr())) {
			return 0;
		}
		Cache<String, Bucket> clients = this.buckets.get(limit);
		if (clients == null) {
			throw new IllegalArgumentException("No rate limit named '" + limit + "' in peerscope.rate-limits.limits");
		}
		RateLimitProperties.Limit settings = this.properties.limits().get(limit);
		Bucket bucket = clients.get(clientOf(request), (client) -> bucket(settings));
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			return 0;
		}
		return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
	}

	/** How many clients the limit remembers now (tests). */
	long clientsRemembered(String limit) {
		Cache<String, Bucket> clients = this.buckets.get(limit);
		clients.cleanUp();
		return clients.estimatedSize();
	}

	/** Forgets every client's count (tests). */
	void clear() {
		this.buckets.values().forEach(Cache::invalidateAll);
	}

	private static String clientOf(HttpServletRequest request) {
		String account = request.getRemoteUser();
		return (account != null) ? "account " + account : "address " + request.getRemoteAddr();
	}

	private static Bucket bucket(RateLimitProperties.Limit limit) {
		Duration per = limit.per();
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), per).build())
			.build();
	}

}
