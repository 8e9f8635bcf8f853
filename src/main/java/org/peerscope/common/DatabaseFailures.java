package org.peerscope.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells the database being away from a fault of the request, for every place that must
 * answer an outage differently from a bug: the 503 page, the login form (an outage is not
 * a wrong password), background jobs.
 */
public final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/**
	 * Whether the failure is the database being away rather than a fault of the request:
	 * no connection to be had, or the connection lost mid-transaction (which can surface
	 * as a failed rollback, an uncategorised exception wrapping the real cause).
	 */
	public static boolean isUnreachable(Throwable failure) {
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
