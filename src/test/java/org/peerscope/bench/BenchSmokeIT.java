package org.peerscope.bench;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark harness end to end, tiny: {@code bench/run.sh --smoke} generates a
 * 1k-works corpus with the packaged jar, loads every page it measures for a few seconds
 * and fails on any error or missing page. Speed is not asserted (see bench/README.md);
 * that the harness still runs against today's application is. Needs wrk and psql: skipped
 * without them, unless PEERSCOPE_BENCH_SMOKE=required (CI sets it).
 */
class BenchSmokeIT {

	@TempDir
	Path work;

	@Test
	void theHarnessMeasuresEveryPageWithoutErrors() throws Exception {
		requireTools("wrk", "psql");
		// World-searchable, so that the embedded server can run as an unprivileged user
		// when the build runs as root.
		this.work.toFile().setExecutable(true, false);
		Path log = this.work.resolve("smoke.log");
		ProcessBuilder smoke = new ProcessBuilder("bash", "bench/run.sh", "--smoke").redirectErrorStream(true)
			.redirectOutput(log.toFile());
		smoke.environment().put("BENCH_WORK", this.work.toString());
		try (ServerSocket database = freePort(); ServerSocket application = freePort()) {
			smoke.environment().put("BENCH_DB_PORT", String.valueOf(database.getLocalPort()));
			smoke.environment().put("BENCH_APP_PORT", String.valueOf(application.getLocalPort()));
		}
		smoke.environment().put("JAVA_HOME", System.getProperty("java.home"));
		smoke.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH"));

		Process run = smoke.start();
		boolean finished = run.waitFor(10, TimeUnit.MINUTES);
		if (!finished) {
			run.descendants().forEach(ProcessHandle::destroyForcibly);
			run.destroyForcibly();
		}
		String output = Files.readString(log);
		assertThat(finished).as(output).isTrue();
		assertThat(run.exitValue()).as(output).isZero();
		assertThat(output).contains("smoke run passed: 8 rows");
		String table = Files.readString(this.work.resolve("smoke.md"));
		assertThat(table).contains("| ceiling: GET /ping |", "| researcher page |", "| search |", "| graph slice API |",
				"| researcher page, page cache off |");
		assertThat(table)
			.containsPattern("first rendered researcher page \\(embedded database, existing data\\): \\d+ ms");
	}

	private static void requireTools(String... tools) {
		boolean required = "required".equals(System.getenv("PEERSCOPE_BENCH_SMOKE"));
		for (String tool : tools) {
			boolean installed = Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
				.anyMatch((directory) -> Files.isExecutable(Path.of(directory, tool)));
			if (!required) {
				Assumptions.assumeTrue(installed, tool + " is not installed (bench/README.md)");
			}
			assertThat(installed).as(tool + " is installed (PEERSCOPE_BENCH_SMOKE=required)").isTrue();
		}
	}

	/** A port free now; held open until both are chosen, so that they differ. */
	private static ServerSocket freePort() throws IOException {
		return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
	}

}
