package org.peerscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * Imports an uploaded file in the background (the admin upload page), one import at a
 * time, and tells how far it got. The upload is streamed to a temporary file, checked,
 * imported from there and deleted.
 */
@Service
class ImportJobs {

	private static final Log logger = LogFactory.getLog(ImportJobs.class);

	/** Rejects shown on the page; the import counts them all. */
	private static final int REJECTS_SHOWN = 20;

	private final ImportService imports;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "admin-import");
		thread.setDaemon(true);
		return thread;
	});

	/** The running import, or the last one (its summary stays on the page). */
	private Job current;

	ImportJobs(ImportService imports, Clock clock) {
		this.imports = imports;
		this.clock = clock;
	}

	/** What became of an upload. */
	enum Start {

		STARTED, BUSY, EMPTY, UNREADABLE, WRONG_FORMAT

	}

	/**
	 * Saves the upload to a temporary file and imports it in the background, unless
	 * another import runs or the file cannot be imported as this format (then nothing is
	 * changed).
	 */
	synchronized Start start(ImportService.Format format, String fileName, InputStreamSource upload)
			throws IOException {
		if (running()) {
			return Start.BUSY;
		}
		Path file = Files.createTempFile("peerscope-upload-", ".import");
		boolean started = false;
		try {
			try (InputStream in = upload.getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
			ImportService.Problem problem = this.imports.problem(format, file);
			if (problem != null) {
				return Start.valueOf(problem.name());
			}
			Job job = new Job(format, displayName(fileName), this.clock.instant());
			this.current = job;
			this.worker.submit(() -> run(job, file));
			started = true;
			return Start.STARTED;
		}
		finally {
			if (!started) {
				Files.deleteIfExists(file);
			}
		}
	}

	/** The running or last import, or null when there was none since the start. */
	synchronized ImportStatus status() {
		return (this.current != null) ? this.current.status(this.clock.instant()) : null;
	}

	private synchronized boolean running() {
		return this.current != null && this.current.summary == null && this.current.failure == null;
	}

	private void run(Job job, Path file) {
		try {
			ImportSummary summary = this.imports.importPaths(job.format, List.of(file), ImportService.Options.DEFAULT,
					job);
			job.finish(summary, this.clock.instant());
		}
		catch (RuntimeException | IOException ex) {
			logger.warn("The uploaded import of " + job.fileName + " failed", ex);
			job.fail(ex.getMessage(), this.clock.instant());
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				logger.warn("Could not delete the uploaded file " + file + ": " + ex.getMessage());
			}
		}
	}

	@PreDestroy
	void stop() {
		this.worker.shutdownNow();
	}

	private static String displayName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "upload";
		}
		// Browsers may send a whole path; only its last part names the file.
		String name = fileName.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	/** One import and how far it got, updated from the import's thread. */
	private static final class Job implements ImportProgress {

		final ImportService.Format format;

		final String fileName;

		final Instant started;

		volatile long totalBytes;

		volatile long bytesRead;

		volatile long records;

		volatile long rejected;

		volatile ImportSummary summary;

		volatile String failure;

		volatile Instant ended;

		Job(ImportService.Format format, String fileName, Instant started) {
			this.format = format;
			this.fileName = fileName;
			this.started = started;
		}

		@Override
		public void started(long totalBytes) {
			this.totalBytes = totalBytes;
		}

		@Override
		public void advanced(long bytesRead, long records, long rejected) {
			this.bytesRead = bytesRead;
			this.records = records;
			this.rejected = rejected;
		}

		void finish(ImportSummary summary, Instant now) {
			this.ended = now;
			this.summary = summary;
		}

		void fail(String message, Instant now) {
			this.ended = now;
			this.failure = (message != null) ? message : "unexpected error";
		}

		ImportStatus status(Instant now) {
			ImportSummary done = this.summary;
			Duration elapsed = Duration.between(this.started, (this.ended != null) ? this.ended : now);
			double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
			long read = (done != null) ? done.read() : this.records;
			long bytes = this.bytesRead;
			long total = this.totalBytes;
			Duration eta = null;
			if (done == null && this.failure == null && bytes > 0 && total > bytes) {
				eta = Duration.ofSeconds((long) Math.ceil((total - bytes) * seconds / bytes));
			}
			int percent = (done != null) ? 100 : (total > 0) ? (int) Math.min(100, bytes * 100 / total) : 0;
			List<String> rejects = (done == null) ? List.of()
					: done.rejects()
						.stream()
						.limit(REJECTS_SHOWN)
						.map((reject) -> this.fileName + ":" + reject.line() + ": " + reject.reason())
						.toList();
			ImportStatus.State state = (done != null) ? ImportStatus.State.DONE
					: (this.failure != null) ? ImportStatus.State.FAILED : ImportStatus.State.RUNNING;
			return new ImportStatus(state, this.fileName, this.format.name(), read,
					(done != null) ? done.rejected() : this.rejected, read / seconds, percent, elapsed, eta, done,
					rejects, this.failure);
		}

	}

}
