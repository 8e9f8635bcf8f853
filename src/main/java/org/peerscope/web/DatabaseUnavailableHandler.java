package org.peerscope.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peerscope.common.DatabaseFailures;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * While PostgreSQL cannot be reached, every page answers at once with the site's 503 page
 * and a {@code Retry-After} instead of a stack trace; the connection pool reconnects by
 * itself when the database is back, so no restart is needed.
 */
@ControllerAdvice
class DatabaseUnavailableHandler {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final Log logger = LogFactory.getLog(DatabaseUnavailableHandler.class);

	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	void databaseFailure(RuntimeException ex, HttpServletResponse response) throws IOException {
		if (!DatabaseFailures.isUnreachable(ex)) {
			throw ex;
		}
		// One line, not a stack trace: an outage would otherwise flood the log.
		logger.warn("Database unavailable, answering 503: " + ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
