package org.peerscope.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

/**
 * Drops from this node's page cache what other app nodes, and imports run from the
 * command line, announce they changed ({@link PageChanges}): without it, another
 * process's change would show here only once the kept pages expired. Holds a database
 * connection of its own, outside the pool (it is never free for a request), that
 * {@code LISTEN}s on {@link PageChanges#CHANNEL}. Announcements made while that
 * connection is down are lost, so once it is back the cache is emptied.
 */
class PageChangeListener implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PageChangeListener.class);

	/**
	 * How long one wait for announcements lasts: how soon the listener stops when asked.
	 */
	private static final Duration WAIT = Duration.ofMillis(500);

	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	private static final Duration LAST_RETRY = Duration.ofSeconds(30);

	private final JdbcConnectionDetails database;

	private final AnonymousPageCache cache;

	private final PageChanges changes;

	private volatile boolean running;

	private Thread listening;

	PageChangeListener(JdbcConnectionDetails database, AnonymousPageCache cache, PageChanges changes) {
		this.database = database;
		this.cache = cache;
		this.changes = changes;
	}

	@Override
	public void start() {
		this.running = true;
		this.listening = new Thread(this::listen, "page-change-listener");
		this.listening.setDaemon(true);
		this.listening.start();
	}

	@Override
	public void stop() {
		this.running = false;
		try {
			this.listening.join(WAIT.multipliedBy(4).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		Duration retry = FIRST_RETRY;
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(),
					this.database.getUsername(), this.database.getPassword())) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + PageChanges.CHANNEL);
				}
				// Whatever was announced before this point went unheard (at start,
				// nothing is kept).
				this.cache.drop(PageChange.everything());
				retry = FIRST_RETRY;
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = notifications.getNotifications((int) WAIT.toMillis());
					if (received != null) {
						for (PGNotification notification : received) {
							this.changes.announcedElsewhere(notification.getParameter()).ifPresent(this.cache::drop);
						}
					}
				}
			}
			catch (SQLException ex) {
				if (!this.running) {
					return;
				}
				logger.warn("Not hearing other app nodes' page changes (" + ex.getMessage() + "); trying again in "
						+ retry.toSeconds() + " s");
				if (!pause(retry)) {
					return;
				}
				retry = (retry.compareTo(LAST_RETRY) < 0) ? retry.multipliedBy(2) : LAST_RETRY;
			}
		}
	}

	private static boolean pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
