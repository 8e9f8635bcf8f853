package org.peerscope.web;

import java.io.IOException;
import java.util.UUID;
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
			requestId = (offered != null && WELL_FORMED.matcher(offered).matches()) ? offered
					: UUID.randomUUID().toString();
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

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error page belongs to the same request: its log lines keep the request's
		// id.
		return false;
	}

}
