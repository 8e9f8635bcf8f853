package org.peerscope.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged command in its own process: killed with SIGKILL in the middle of an
 * import, it completes the job when run again, joining the embedded server the killed
 * process had started (as an import joins the server of a running web application),
 * without duplicates or loss.
 */
class ImportProcessIT {

	private static final int WORKS = 12_000;

	@TempDir
	Path home;

	@Test
	void aKilledImportCompletesWhenRunAgain() throws Exception {
		// World-searchable, so that the server can run as an unprivileged user when the
		// build runs as root.
		this.home.toFile().setExecutable(true, false);
		Path dataDirectory = this.home.resolve("pgdata");
		Path input = writeWorks(this.home.resolve("works.jsonl"));
		int port = freePort();

		Process first = start(dataDirectory, port, input, "first.log");
		awaitCommittedBatches(port, first);
		first.destroyForcibly();
		assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
		long partial = query(port, "select count(*) from works");
		assertThat(partial).isPositive().isLessThan(WORKS);

		Process second = start(dataDirectory, port, input, "second.log");
		assertThat(second.waitFor(300, TimeUnit.SECONDS)).as("second import finished").isTrue();
		String log = Files.readString(this.home.resolve("second.log"));
		assertThat(second.exitValue()).as(log).isZero();
		assertThat(log).contains("Joined the embedded PostgreSQL already running", "Resumed an interrupted import");

		// Run once more, alone: everything is there once, nothing changes.
		Process third = start(dataDirectory, port, input, "third.log");
		assertThat(third.waitFor(300, TimeUnit.SECONDS)).isTrue();
		String thirdLog = Files.readString(this.home.resolve("third.log"));
		assertThat(third.exitValue()).as(thirdLog).isZero();
		assertThat(thirdLog).containsPattern("Imported 1 files in [0-9.]+ s: " + String.format("%,d", WORKS)
				+ " records read .*, 0 inserted, 0 updated, " + String.format("%,d", WORKS) + " unchanged, 0 rejected");
	}

	private Path writeWorks(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int i = 1; i <= WORKS; i++) {
				out.write("{\"id\":\"https://openalex.org/W" + (1000 + i) + "\",\"title\":\"Work number " + i
						+ "\",\"type\":\"article\",\"publication_year\":2020,\"cited_by_count\":" + (i % 50)
						+ ",\"authorships\":[{\"author_position\":\"first\",\"author\":{\"id\":\"https://openalex.org/A"
						+ (100 + i % 700) + "\"},\"raw_author_name\":\"Author " + (i % 700)
						+ "\"}],\"updated_date\":\"2024-01-01\"}\n");
			}
		}
		return file;
	}

	private Process start(Path dataDirectory, int port, Path input, String log) throws IOException {
		Path jar = Path.of("target", "peerscope.jar").toAbsolutePath();
		List<String> arguments = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar.toString(), "import",
				"openalex", input.toString(), "--peerscope.database.embedded.data-dir=" + dataDirectory,
				"--peerscope.database.embedded.port=" + port, "--peerscope.ingest.batch-size=100"));
		return new ProcessBuilder(arguments).redirectErrorStream(true)
			.redirectOutput(this.home.resolve(log).toFile())
			.directory(this.home.toFile())
			.start();
	}

	/** Waits until the import has committed a few batches (and is still running). */
	private void awaitCommittedBatches(int port, Process process) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			assertThat(process.isAlive()).as("import still running").isTrue();
			try {
				if (query(port, "select coalesce(max(position), 0) from ingest_file_progress") >= 500) {
					return;
				}
			}
			catch (SQLException ex) {
				// The server or the schema is not there yet.
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the import committed no batch in time");
	}

	private static long query(int port, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/peerscope",
				"postgres", ""); ResultSet result = connection.createStatement().executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
