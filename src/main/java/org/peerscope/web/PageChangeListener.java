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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Drops from this node's page cache what other app nodes, and imports run from the
 * command line, announce they changed ({@link PageChanges}): without it, another
 * process's change would show here only once the kept pages expired. Holds a database
 * connection of its own, outside the pool (it is never free for a request), that
 * {@code LISTEN}s on {@link PageChanges#CHANNEL}, from before the node takes requests.
 * Announcements made while that connection is down are lost, so once it is back the cache
 * is emptied.
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

	/**
	 * Listens before the web server takes requests: a page kept before this node listens
	 * could be outdated by a change it never hears of.
	 */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
	}

	@Override
	public void start() {
		this.running = true;
		Connection listeningSinceStart = connectAtStart();
		this.listening = new Thread(() -> listen(listeningSinceStart), "page-change-listener");
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

	/**
	 * Hears announcements until stopped, connecting again whenever the connection is
	 * lost.
	 * @param listeningSinceStart the connection made at start, or null when there was
	 * none
	 */
	private void listen(Connection listeningSinceStart) {
		Connection connection = listeningSinceStart;
		Duration retry = FIRST_RETRY;
		while (this.running) {
			try {
				if (connection == null) {
					connection = connectAndListen();
					// Whatever was announced while no connection listened went unheard,
					// and pages may have been kept meanwhile.
					this.cache.drop(PageChange.everything());
				}
				retry = FIRST_RETRY;
				receiveUntilStopped(connection);
			}
			catch (SQLException ex) {
				if (!this.running) {
					break;
				}
				logger.warn("Not hearing other app nodes' page changes (" + ex.getMessage() + "); trying again in "
						+ retry.toSeconds() + " s");
				closeQuietly(connection);
				connection = null;
				if (!pause(retry)) {
					return;
				}
				retry = (retry.compareTo(LAST_RETRY) < 0) ? retry.multipliedBy(2) : LAST_RETRY;
			}
		}
		closeQuietly(connection);
	}

	/**
	 * A listening connection, or null when the database cannot be reached now: the
	 * listening thread then tries again, and says so.
	 */
	private Connection connectAtStart() {
		try {
			return connectAndListen();
		}
		catch (SQLException ex) {
			return null;
		}
	}

	private Connection connectAndListen() throws SQLException {
		Connection connection = DriverManager.getConnection(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword());
		try (Statement statement = connection.createStatement()) {
			statement.execute("listen " + PageChanges.CHANNEL);
			return connection;
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw ex;
		}
	}

	private void receiveUntilStopped(Connection connection) throws SQLException {
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

	private static void closeQuietly(Connection connection) {
		if (connection == null) {
			return;
		}
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// Lost already: nothing is left to close.
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
