package org.peerscope.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of rate limiting ({@code peerscope.rate-limits.*}).
 *
 * @param enabled whether requests are limited at all
 * @param maxClientsPerLimit how many clients each limit remembers at most (the least
 * recently seen are forgotten first), which bounds the memory a flood of addresses can
 * take
 * @param exemptAddresses client addresses that are never limited (a monitoring host, a
 * load test); none by default
 * @param limits the named limits, each so many requests per period and client
 */
@ConfigurationProperties("peerscope.rate-limits")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("100000") int maxClientsPerLimit,
		@DefaultValue List<String> exemptAddresses, @DefaultValue Map<String, Limit> limits) {

	RateLimitProperties {
		if (maxClientsPerLimit < 1) {
			throw new IllegalArgumentException("peerscope.rate-limits.max-clients-per-limit must be at least 1");
		}
		limits.forEach((name, limit) -> {
			if (limit.requests() < 1 || limit.per() == null || limit.per().isNegative() || limit.per().isZero()) {
				throw new IllegalArgumentException("peerscope.rate-limits.limits." + name
						+ " needs requests (at least 1) and per (a positive duration)");
			}
		});
	}

	/**
	 * So many requests per period from one client: a signed-in account, or else a client
	 * address. The allowance refills gradually, not all at once at the end of the period.
	 */
	record Limit(int requests, Duration per) {
	}

}
