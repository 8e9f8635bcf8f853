package org.peerscope.ingest;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.InputStreamSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** One import at a time, and what the page is told about it. */
class ImportJobsTest {

	private final ImportService imports = mock(ImportService.class);

	private final ImportJobs jobs = new ImportJobs(this.imports, Clock.systemUTC());

	private final InputStreamSource file = () -> new ByteArrayInputStream("{}\n".getBytes());

	@AfterEach
	void stop() {
		this.jobs.stop();
	}

	@Test
	void aSecondUploadWaitsUntilTheRunningImportIsOver() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch running = new CountDownLatch(1);
		when(this.imports.importPaths(any(), any(), any(), any())).thenAnswer((call) -> {
			ImportProgress progress = call.getArgument(3);
			progress.started(1000);
			progress.advanced(250, 40, 1);
			running.countDown();
			release.await(30, TimeUnit.SECONDS);
			return new ImportSummary(1, 160, 150, 5, 4, 1, 0, List.of(), List.of(), false, true, Duration.ofSeconds(2));
		});

		assertThat(this.jobs.start(ImportService.Format.OPENALEX, "C:\\data\\works.jsonl", this.file))
			.isEqualTo(ImportJobs.Start.STARTED);
		assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
		ImportStatus status = this.jobs.status();
		assertThat(status.running()).isTrue();
		assertThat(status.fileName()).isEqualTo("works.jsonl");
		assertThat(status.records()).isEqualTo(40);
		assertThat(status.rejected()).isEqualTo(1);
		assertThat(status.percent()).isEqualTo(25);
		assertThat(status.remaining()).isNotNull();
		assertThat(this.jobs.start(ImportService.Format.ARXIV, "other.jsonl", this.file))
			.isEqualTo(ImportJobs.Start.BUSY);

		release.countDown();
		Instant deadline = Instant.now().plusSeconds(30);
		while (this.jobs.status().running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}
		status = this.jobs.status();
		assertThat(status.state()).isEqualTo(ImportStatus.State.DONE);
		assertThat(status.records()).isEqualTo(160);
		assertThat(status.percent()).isEqualTo(100);
		assertThat(status.remaining()).isNull();
		assertThat(this.jobs.start(ImportService.Format.OPENALEX, "next.jsonl", this.file))
			.isEqualTo(ImportJobs.Start.STARTED);
	}

	@Test
	void aFileThatCannotBeImportedStartsNothingAndLeavesNoTemporaryFile() throws Exception {
		Path[] checked = new Path[1];
		when(this.imports.problem(any(), any())).thenAnswer((call) -> {
			checked[0] = call.getArgument(1);
			return ImportService.Problem.WRONG_FORMAT;
		});

		assertThat(this.jobs.start(ImportService.Format.OPENALEX, "arxiv.jsonl", this.file))
			.isEqualTo(ImportJobs.Start.WRONG_FORMAT);
		assertThat(this.jobs.status()).isNull();
		assertThat(checked[0]).doesNotExist();
	}

	@Test
	void aFailedImportSaysWhy() throws Exception {
		when(this.imports.importPaths(any(), any(), any(), any())).thenThrow(new IllegalStateException("disk full"));

		this.jobs.start(ImportService.Format.OPENALEX, "works.jsonl", this.file);
		Instant deadline = Instant.now().plusSeconds(30);
		while (this.jobs.status().running() && Instant.now().isBefore(deadline)) {
			Thread.sleep(20);
		}

		assertThat(this.jobs.status().state()).isEqualTo(ImportStatus.State.FAILED);
		assertThat(this.jobs.status().failure()).isEqualTo("disk full");
	}

}
