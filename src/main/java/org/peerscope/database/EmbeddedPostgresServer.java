package org.peerscope.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.commons.logging.Log;

/**
 * A PostgreSQL server run from the zonky binaries, shared by every Peerscope process that
 * points at the same data directory.
 *
 * <p>
 * The first process to need the server starts it on the configured fixed port; later
 * processes (an import while the web app runs, say) find it through
 * {@code postmaster.pid} and connect to it. Each process holds a shared lock on a "users"
 * file while it uses the server; the last one to leave (the one that can then take the
 * lock exclusively) stops it. A "control" lock serialises starting and stopping. A
 * throw-away server for tests uses a temporary directory and a free port instead.
 *
 * <p>
 * Unpacking, {@code initdb} and start-up run in the background while the application
 * context is being built; {@link #awaitReady()} blocks until the server accepts
 * connections and is called before the data source is first used.
 */
final class EmbeddedPostgresServer {

	private static final String SUPERUSER = "postgres";

	private static final Map<Path, EmbeddedPostgresServer> byDataDirectory = new HashMap<>();

	private static EmbeddedPostgresServer ephemeralServer;

	private final Path dataDirectory;

	private final boolean ephemeral;

	private final Log logger;

	private int port;

	private Path installation;

	private OperatingSystemUser serverUser;

	private FileChannel usersChannel;

	private FileLock usersLock;

	private CompletableFuture<Void> ready;

	private EmbeddedPostgresServer(Path dataDirectory, boolean ephemeral, Log logger) {
		this.dataDirectory = dataDirectory;
		this.ephemeral = ephemeral;
		this.logger = logger;
	}

	/**
	 * Returns the server for these settings, starting or joining it on first use in this
	 * JVM. The port is known at once; the server may still be starting.
	 */
	static synchronized EmbeddedPostgresServer obtain(EmbeddedDatabaseSettings settings, Log logger) {
		try {
			if (settings.ephemeral()) {
				if (ephemeralServer == null) {
					ephemeralServer = startEphemeral(settings, logger);
				}
				ephemeralServer.createDatabaseWhenReady(settings.databaseName());
				return ephemeralServer;
			}
			EmbeddedPostgresServer server = byDataDirectory.get(settings.dataDirectory());
			if (server == null) {
				server = startOrJoin(settings, logger);
				byDataDirectory.put(settings.dataDirectory(), server);
			}
			server.createDatabaseWhenReady(settings.databaseName());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	/** Blocks until every embedded server this JVM started accepts connections. */
	static void awaitReady() {
		List<EmbeddedPostgresServer> servers;
		synchronized (EmbeddedPostgresServer.class) {
			servers = new ArrayList<>(byDataDirectory.values());
			if (ephemeralServer != null) {
				servers.add(ephemeralServer);
			}
		}
		for (EmbeddedPostgresServer server : servers) {
			try {
				server.ready.join();
			}
			catch (CompletionException ex) {
				throw new IllegalStateException("The embedded PostgreSQL did not start: " + ex.getCause().getMessage(),
						ex.getCause());
			}
		}
	}

	String jdbcUrl(String databaseName) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + databaseName;
	}

	String username() {
		return SUPERUSER;
	}

	int port() {
		return this.port;
	}

	private static EmbeddedPostgresServer startEphemeral(EmbeddedDatabaseSettings settings, Log logger)
			throws IOException {
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(Files.createTempDirectory("peerscope-pgdata-"), true,
				logger);
		server.port = (settings.port() != 0) ? settings.port() : freePort();
		server.ready = background(() -> {
			server.prepareBinaries(settings);
			server.initdb();
			// Durability buys nothing for a throw-away test cluster.
			server.startPostmaster(List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off"));
		});
		Runtime.getRuntime().addShutdownHook(new Thread(server::stopAndDelete, "embedded-postgres-stop"));
		return server;
	}

	private static EmbeddedPostgresServer startOrJoin(EmbeddedDatabaseSettings settings, Log logger)
			throws IOException {
		Path dataDirectory = settings.dataDirectory();
		Path home = dataDirectory.getParent();
		Files.createDirectories(home);
		String name = dataDirectory.getFileName().toString();
		Path controlFile = home.resolve(name + ".control.lock");
		EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDirectory, false, logger);
		FileChannel control = FileChannel.open(controlFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock controlLock = control.lock();
		server.usersChannel = FileChannel.open(home.resolve(name + ".users.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.READ, StandardOpenOption.WRITE);
		server.usersLock = server.usersChannel.lock(0, Long.MAX_VALUE, true);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> server.leave(controlFile), "embedded-postgres-leave"));
		Integer runningPort = server.runningServerPort();
		if (runningPort != null) {
			server.port = runningPort;
			server.ready = CompletableFuture.completedFuture(null);
			control.close();
			logger.info(
					"Joined the embedded PostgreSQL already running for " + dataDirectory + " on port " + runningPort);
			return server;
		}
		server.port = (settings.port() != 0) ? settings.port() : freePort();
		// The control lock is held until the server is up, so another process waits to
		// join it.
		server.ready = background(() -> {
			try (control; controlLock) {
				server.prepareBinaries(settings);
				if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
					server.initdb();
				}
				server.startPostmaster(List.of());
			}
		});
		return server;
	}

	private static CompletableFuture<Void> background(StartupStep step) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				step.run();
				result.complete(null);
			}
			catch (Exception | Error ex) {
				result.completeExceptionally(ex);
			}
		}, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
		return result;
	}

	private void prepareBinaries(EmbeddedDatabaseSettings settings) throws IOException {
		this.installation = PostgresBinaries.install(binaryCache());
		this.serverUser = OperatingSystemUser.forServer(settings.unprivilegedUser());
	}

	/** The port of a live server on this data directory, or null when none answers. */
	private Integer runningServerPort() {
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return null;
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			int port = Integer.parseInt(lines.get(3).trim());
			return answers(port) ? port : null;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	private static boolean answers(int port) {
		try (Connection connection = connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres");
				Statement statement = connection.createStatement()) {
			statement.execute("select 1");
			return true;
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private void initdb() throws IOException {
		Files.createDirectories(this.dataDirectory);
		this.serverUser.takeOwnership(this.dataDirectory);
		this.logger.info("Creating the embedded PostgreSQL cluster in " + this.dataDirectory);
		run(List.of(binary("initdb"), "-A", "trust", "-U", SUPERUSER, "-D", this.dataDirectory.toString(), "-E", "UTF8",
				"--locale=C", "--no-sync"));
	}

	private void startPostmaster(List<String> extraSettings) throws IOException {
		List<String> options = new ArrayList<>(List.of("-p " + this.port, "-c listen_addresses=127.0.0.1",
				"-c unix_socket_directories=''", "-c timezone=UTC", "-c max_connections=200"));
		extraSettings.forEach((setting) -> options.add("-c " + setting));
		run(List.of(binary("pg_ctl"), "-D", this.dataDirectory.toString(), "-l",
				this.dataDirectory.resolve("postgres.log").toString(), "-o", String.join(" ", options), "-w", "-t",
				"60", "start"));
		this.logger.info("Embedded PostgreSQL " + (this.ephemeral ? "(temporary) " : "") + "started on 127.0.0.1:"
				+ this.port + " with data in " + this.dataDirectory);
	}

	private void createDatabaseWhenReady(String databaseName) {
		this.ready = this.ready.thenRun(() -> createDatabaseIfMissing(databaseName));
	}

	private void createDatabaseIfMissing(String databaseName) {
		try (Connection connection = connect(jdbcUrl("postgres"));
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, databaseName);
			try (ResultSet result = exists.executeQuery()) {
				if (!result.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("create database \"" + databaseName.replace("\"", "\"\"") + "\"");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + databaseName + ": " + ex.getMessage(), ex);
		}
	}

	private static Connection connect(String url) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", SUPERUSER);
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url, properties);
	}

	private void leave(Path controlFile) {
		boolean started = startedSuccessfully();
		try (FileChannel control = FileChannel.open(controlFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock ignored = control.lock()) {
			this.usersLock.release();
			try (FileLock lastUser = this.usersChannel.tryLock()) {
				if (lastUser != null && started) {
					stop();
				}
			}
			this.usersChannel.close();
		}
		catch (IOException ex) {
			this.logger.warn("Could not stop the embedded PostgreSQL cleanly: " + ex.getMessage());
		}
	}

	private void stopAndDelete() {
		try {
			if (startedSuccessfully()) {
				stop();
			}
			FileSystemTrees.deleteRecursively(this.dataDirectory);
		}
		catch (IOException ex) {
			this.logger.warn(
					"Could not remove the temporary PostgreSQL cluster " + this.dataDirectory + ": " + ex.getMessage());
		}
	}

	private boolean startedSuccessfully() {
		try {
			this.ready.join();
			return this.installation != null;
		}
		catch (CompletionException ex) {
			return false;
		}
	}

	private void stop() throws IOException {
		run(List.of(binary("pg_ctl"), "-D", this.dataDirectory.toString(), "-m", "fast", "-w", "-t", "30", "stop"));
	}

	private String binary(String name) {
		String suffix = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win") ? ".exe" : "";
		return this.installation.resolve("bin").resolve(name + suffix).toString();
	}

	private void run(List<String> command) throws IOException {
		Path output = Files.createTempFile("peerscope-pg-", ".log");
		try {
			Process process = new ProcessBuilder(this.serverUser.command(command)).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			int exitCode = process.waitFor();
			if (exitCode != 0) {
				throw new IOException(command.get(0) + " failed with exit code " + exitCode + ":\n"
						+ Files.readString(output) + logTail() + this.serverUser.hint(this.dataDirectory));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command.get(0), ex);
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	private String logTail() {
		Path log = this.dataDirectory.resolve("postgres.log");
		try {
			if (Files.exists(log)) {
				List<String> lines = Files.readAllLines(log);
				return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
			}
		}
		catch (IOException ex) {
			// The log is a courtesy; the exit code already tells what went wrong.
		}
		return "";
	}

	private static Path binaryCache() {
		return Path.of(System.getProperty("java.io.tmpdir"), "peerscope-postgres");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	@FunctionalInterface
	private interface StartupStep {

		void run() throws Exception;

	}

}
