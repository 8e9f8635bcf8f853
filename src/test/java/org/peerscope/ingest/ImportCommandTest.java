package org.peerscope.ingest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerscope.cli.CommandLine;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerscope.ingest.IngestFixtures.fixture;

@IntegrationTest
class ImportCommandTest {

	@Autowired
	ImportCommand command;

	@Autowired
	TestCatalog catalog;

	@TempDir
	Path temp;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@BeforeEach
	void empty() {
		this.catalog.reset();
	}

	private int run(String... arguments) throws Exception {
		return this.command.run(List.of(arguments), new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	@Test
	void printsASummaryAndWritesTheRejectsReport() throws Exception {
		Path rejects = this.temp.resolve("rejects.txt");

		int status = run("openalex", "--rejects", rejects.toString(), fixture("openalex-works.jsonl").toString(),
				fixture("openalex-bad.jsonl").toString());

		assertThat(status).isZero();
		assertThat(output()).contains("Imported 2 files", "7 records read", "5 inserted", "0 updated", "0 unchanged",
				"3 rejected", "Bad records reported in " + rejects);
		assertThat(Files.readAllLines(rejects)).hasSize(3)
			.allSatisfy((line) -> assertThat(line).startsWith(fixture("openalex-bad.jsonl") + ":"));
	}

	@Test
	void strictExitsWithAnErrorAtTheFirstBadRecord() throws Exception {
		int status = run("arxiv", "--strict", "--rejects=" + this.temp.resolve("r.txt"),
				fixture("openalex-bad.jsonl").toString());

		assertThat(status).isEqualTo(1);
		assertThat(output()).contains("Partly imported", "--strict");
	}

	@Test
	void explainsItsUsage() throws Exception {
		assertThat(run()).isEqualTo(CommandLine.USAGE_ERROR);
		assertThat(run("crossref", "x")).isEqualTo(CommandLine.USAGE_ERROR);
		assertThat(run("openalex")).isEqualTo(CommandLine.USAGE_ERROR);
		assertThat(run("openalex", "--fast", "x")).isEqualTo(CommandLine.USAGE_ERROR);
		assertThat(run("openalex", this.temp.resolve("missing").toString())).isEqualTo(CommandLine.USAGE_ERROR);
		assertThat(run("openalex-api", "--author", "not-an-id")).isEqualTo(CommandLine.USAGE_ERROR);
		assertThat(output()).contains("usage: import openalex", "Unknown source: crossref", "Unknown option: --fast",
				"No such file or folder");
	}

}
