package org.peerscope.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application keeps its data on disk and shares one embedded server between
 * processes: a command run while another process uses the server joins it and leaves it
 * running; the last process to leave stops it.
 */
class EmbeddedDatabaseSharingIT {

	@TempDir
	Path home;

	@Test
	void aSecondProcessJoinsTheRunningServerAndTheLastOneStopsIt() throws Exception {
		Path dataDirectory = this.home.resolve("pgdata");
		// World-searchable, so that the server can run as an unprivileged user when the
		// build runs as root.
		this.home.toFile().setExecutable(true, false);
		int port = freePort();

		// Alone: the command starts the server, migrates the schema, and stops the server
		// when done.
		Process alone = runCommand(dataDirectory, port, "recompute");
		assertThat(alone.exitValue()).isZero();
		assertThat(Files.exists(dataDirectory.resolve("PG_VERSION"))).isTrue();
		assertThat(answers(port)).isFalse();

		// This JVM starts the server again: the schema survived the restart.
		EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(dataDirectory, port, "peerscope", "nobody");
		EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(settings, LogFactory.getLog(getClass()));
		EmbeddedPostgresServer.awaitReady();
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl("peerscope"), "postgres", "");
				ResultSet migrations = connection.createStatement()
					.executeQuery("select count(*) from flyway_schema_history where success")) {
			migrations.next();
			assertThat(migrations.getInt(1)).isPositive();
		}

		// Joined: the command uses the running server and leaves it running for this JVM.
		Process joined = runCommand(dataDirectory, port, "recompute");
		assertThat(joined.exitValue()).isZero();
		assertThat(Files.readString(this.home.resolve("recompute.log")))
			.contains("Joined the embedded PostgreSQL already running");
		assertThat(answers(port)).isTrue();
	}

	private Process runCommand(Path dataDirectory, int port, String command) throws IOException, InterruptedException {
		Path jar = Path.of("target", "peerscope.jar").toAbsolutePath();
		List<String> arguments = new ArrayList<>(List.of(javaBinary(), "-jar", jar.toString(), command,
				"--peerscope.database.embedded.data-dir=" + dataDirectory,
				"--peerscope.database.embedded.port=" + port));
		Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
			.redirectOutput(this.home.resolve(command + ".log").toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
		return process;
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static boolean answers(int port) {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres",
				"postgres", "")) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
