package org.peerscope.ratelimit;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A named limit in front of one endpoint that no controller serves (the login form's
 * POST, which Spring Security handles). Not a bean: whoever places it in a filter chain
 * creates it, so the servlet container does not register it a second time.
 */
public class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final String limit;

	private final HttpMethod method;

	private final String path;

	public RateLimitFilter(RateLimiter limiter, String limit, HttpMethod method, String path) {
		if (!limiter.hasLimit(limit)) {
			throw new IllegalStateException("No rate limit named '" + limit + "' in peerscope.rate-limits.limits");
		}
		this.limiter = limiter;
		this.limit = limit;
		this.method = method;
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(this.method.matches(request.getMethod())
				&& (request.getContextPath() + this.path).equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limiter.admit(this.limit, request, response)) {
			chain.doFilter(request, response);
		}
	}

}
