package org.peerscope.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
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
		if (!isDatabaseUnreachable(ex)) {
			throw ex;
		}
		// One line, not a stack trace: an outage would otherwise flood the log.
		logger.warn("Database unavailable, answering 503: " + ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	/**
	 * Whether the failure is the database being away rather than a fault of the request:
	 * no connection to be had, or the connection lost mid-transaction (which can surface
	 * as a failed rollback, an uncategorised exception wrapping the real cause).
	 */
	static boolean isDatabaseUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static boolean isConnectionState(String sqlState) {
		// 08: connection exceptions; 57P01–57P03: the server is shutting down or
		// starting.
		return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
	}

}
