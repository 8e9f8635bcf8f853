package org.peerscope.web;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peerscope.common.DatabaseFailures;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired login sessions from PostgreSQL, in place of Spring Session's own
 * cleanup ({@code spring.session.jdbc.cleanup-cron: "-"}): on one node at a time
 * (ShedLock), and while the database is away with one warning line instead of an error
 * and a stack trace every minute. Sessions missed now are removed on a later run.
 */
@Component
class ExpiredSessionCleanup {

	static final String LOCK_NAME = "expired-session-cleanup";

	private static final Log logger = LogFactory.getLog(ExpiredSessionCleanup.class);

	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	private final LockingTaskExecutor locks;

	private final Clock clock;

	@Autowired
	ExpiredSessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions, LockProvider locks, Clock clock) {
		this(sessions, new DefaultLockingTaskExecutor(locks), clock);
	}

	ExpiredSessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions, LockingTaskExecutor locks,
			Clock clock) {
		this.sessions = sessions;
		this.locks = locks;
		this.clock = clock;
	}

	@Scheduled(cron = "${peerscope.sessions.cleanup-cron:0 * * * * *}", zone = "UTC")
	void removeExpiredSessions() {
		JdbcIndexedSessionRepository repository = this.sessions.getIfAvailable();
		if (repository != null) {
			removeExpired(repository::cleanUpExpiredSessions);
		}
	}

	void removeExpired(Runnable cleanup) {
		try {
			this.locks.executeWithLock(cleanup,
					new LockConfiguration(this.clock.instant(), LOCK_NAME, Duration.ofMinutes(5), Duration.ZERO));
		}
		catch (RuntimeException ex) {
			if (!DatabaseFailures.isUnreachable(ex)) {
				throw ex;
			}
			logger.warn("Database unavailable, expired sessions will be removed on a later run: " + ex.getMessage());
		}
	}

}
