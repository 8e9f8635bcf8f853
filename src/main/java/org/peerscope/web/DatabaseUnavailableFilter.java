package org.peerscope.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peerscope.common.DatabaseFailures;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The 503 of {@link DatabaseUnavailableHandler} for database failures outside
 * controllers: the session store (Spring Session JDBC saves a new session, e.g. the login
 * page's, as the response is committed) and filters. Without it they reach the container
 * as a 500 with a stack trace. Placed outside the session filter, inside
 * {@link RequestIdFilter} (so the warning carries the request id).
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (response.isCommitted() || !DatabaseFailures.isUnreachable(ex)) {
				throw ex;
			}
			logger.warn("Database unavailable, answering 503: " + ex.getMessage());
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailableHandler.RETRY_AFTER_SECONDS);
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

}
