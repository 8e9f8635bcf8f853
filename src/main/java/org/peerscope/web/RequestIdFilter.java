package org.peerscope.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in the log lines it causes ({@code requestId} in the MDC)
 * and in the {@code X-Request-Id} response header, so that a user's report can be matched
 * with the log. A well-formed id from a proxy in front is kept; anything else is
 * replaced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String requestId = (String) request.getAttribute(MDC_KEY);
		if (requestId == null) {
			String offered = request.getHeader(HEADER);
			requestId = (offered != null && WELL_FORMED.matcher(offered).matches()) ? offered : newRequestId();
			request.setAttribute(MDC_KEY, requestId);
			response.setHeader(HEADER, requestId);
		}
		MDC.put(MDC_KEY, requestId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/**
	 * A random (version 4) UUID. The id is no secret, it is sent back with the response,
	 * so it needs no cryptographic randomness: {@link UUID#randomUUID()} would draw on
	 * SecureRandom, whose generator every request thread shares, for every request.
	 */
	static String newRequestId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low).toString();
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error page belongs to the same request: its log lines keep the request's
		// id.
		return false;
	}

}
