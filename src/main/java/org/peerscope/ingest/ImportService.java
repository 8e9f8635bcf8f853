package org.peerscope.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.peerscope.catalog.CatalogChanged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports OpenAlex and arXiv files into the catalogue: streams the records, writes them
 * in batches that each commit whole (with the file position reached, so that an
 * interrupted import resumes where it stopped), reports bad records and goes on, and
 * announces the change so that derived figures are recomputed.
 */
@Service
public class ImportService {

	private static final Log logger = LogFactory.getLog(ImportService.class);

	/** Beyond this many affected researchers, everything is recomputed. */
	private static final int MAX_TRACKED_RESEARCHERS = 200_000;

	/** The first rejects are kept for the summary; all are counted. */
	private static final int MAX_KEPT_REJECTS = 10_000;

	private static final Pattern PARTITION_DATE = Pattern.compile("updated_date=(\\d{4}-\\d{2}-\\d{2})");

	private final CatalogWriter writer;

	private final TransactionTemplate transactions;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final int batchSize;

	private final ObjectMapper json = JsonMapper.builder().build();

	private final InputFiles inputs = new InputFiles(this.json);

	private final OpenAlexMapper openAlex = new OpenAlexMapper(this.json);

	private final ArxivMapper arxiv = new ArxivMapper();

	ImportService(CatalogWriter writer, TransactionTemplate transactions, JdbcClient jdbc,
			ApplicationEventPublisher events, @Value("${peerscope.ingest.batch-size:2000}") int batchSize) {
		this.writer = writer;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.events = events;
		this.batchSize = batchSize;
	}

	/** The kinds of input. */
	public enum Format {

		OPENALEX, ARXIV

	}

	/** Stops an import at the first bad record ({@code --strict}). */
	public record Options(boolean strict, int batchSize) {

		public static final Options DEFAULT = new Options(false, 0);

		public Options(boolean strict) {
			this(strict, 0);
		}

	}

	/**
	 * Imports every file under the paths (folders walked recursively).
	 * @throws IOException when a path does not exist or a file cannot be read at all
	 */
	public ImportSummary importPaths(Format format, List<Path> paths, Options options, ImportProgress progress)
			throws IOException {
		List<Path> files = InputFiles.expand(paths);
		Run run = new Run(format, options, progress);
		long totalBytes = 0;
		for (Path file : files) {
			totalBytes += Files.size(file);
		}
		progress.started(totalBytes);
		List<Path> ordered = new ArrayList<>();
		Map<Path, InputFiles.Kind> kinds = new HashMap<>();
		for (Path file : files) {
			InputFiles.Kind kind = this.inputs.detect(file);
			kinds.put(file, kind);
			// Merged ids first: records met later are then read with their survivors.
			if (kind == InputFiles.Kind.MERGED_IDS_CSV) {
				ordered.add(0, file);
			}
			else {
				ordered.add(file);
			}
		}
		List<String> fileKeys = new ArrayList<>();
		try {
			for (Path file : ordered) {
				String fileKey = fileKey(format, file);
				fileKeys.add(fileKey);
				run.readFile(file, kinds.get(file), fileKey);
			}
			run.awaitWriting();
			run.completed = true;
		}
		catch (StrictStop stop) {
			run.completed = false;
		}
		finally {
			try {
				run.awaitWriting();
			}
			catch (StrictStop stop) {
				run.completed = false;
			}
			finally {
				run.writerThread.shutdown();
				progress.finished();
			}
		}
		if (run.completed) {
			this.jdbc.sql("delete from ingest_file_progress where file_key = any(?)")
				.param(fileKeys.toArray(String[]::new))
				.update();
			run.checkManifests();
		}
		logger.info(String.format("Import: %.1f s writing to the database, %.1f s reading and mapping",
				run.writeNanos / 1e9, (System.nanoTime() - run.started - run.writeNanos) / 1e9));
		long announced = System.nanoTime();
		announce(run);
		logger.info(String.format("Import: %.1f s recomputing derived figures", (System.nanoTime() - announced) / 1e9));
		return new ImportSummary(files.size(), run.read, run.inserted, run.updated, run.unchanged, run.rejected,
				run.skipped, List.copyOf(run.rejects), List.copyOf(run.warnings), run.resumed, run.completed,
				Duration.ofNanos(System.nanoTime() - run.started));
	}

	private void announce(Run run) {
		if (run.resumed || run.affected.size() > MAX_TRACKED_RESEARCHERS) {
			// The interrupted run's batches changed researchers this run did not see.
			this.events.publishEvent(CatalogChanged.all());
		}
		else if (!run.affected.isEmpty()) {
			this.events.publishEvent(CatalogChanged.researchers(run.affected));
		}
	}

	/** Why a file cannot be imported at all. */
	enum Problem {

		/** Nothing in it. */
		EMPTY,
		/** Not JSON, JSON Lines or a merged ids CSV, gzipped or not. */
		UNREADABLE,
		/**
		 * Its first record is not of the format chosen (an arXiv file as OpenAlex, ...).
		 */
		WRONG_FORMAT

	}

	/**
	 * Checks a file before importing it, from its packaging and its first record: whether
	 * it can be imported as this format at all (null when it can).
	 */
	Problem problem(Format format, Path file) throws IOException {
		return switch (this.inputs.detect(file)) {
			case EMPTY -> Problem.EMPTY;
			case UNKNOWN -> Problem.UNREADABLE;
			case MERGED_IDS_CSV -> (format == Format.OPENALEX) ? null : Problem.WRONG_FORMAT;
			// One document is read as a stream of records; its first one may be far in.
			case JSON_DOCUMENT -> null;
			case JSON_LINES -> firstLineProblem(format, file);
		};
	}

	private Problem firstLineProblem(Format format, Path file) throws IOException {
		JsonNode[] first = new JsonNode[1];
		try {
			this.inputs.readLines(file, 0, new AtomicLong(), new InputFiles.Sink() {
				@Override
				public void record(InputFiles.Item item) {
					first[0] = item.node();
					throw new FirstRecordRead();
				}

				@Override
				public void bad(long line, String reason) {
				}
			});
		}
		catch (FirstRecordRead enough) {
			// the rest of the file is not read
		}
		JsonNode record = first[0];
		if (record == null) {
			return Problem.UNREADABLE;
		}
		JsonNode results = record.get("results");
		if (results != null && results.isArray() && record.has("meta")) {
			if (results.isEmpty()) {
				return null;
			}
			record = results.get(0);
		}
		if (format == Format.OPENALEX && record.has("entries") && !record.has("id")) {
			return null;
		}
		try {
			if (format == Format.ARXIV) {
				ArxivMapper.key(record);
			}
			else {
				OpenAlexMapper.key(record);
			}
			return null;
		}
		catch (BadRecordException ex) {
			return Problem.WRONG_FORMAT;
		}
	}

	/**
	 * Identifies a file by path, size and modification time: a changed file is read
	 * afresh, an unchanged one resumes.
	 */
	private static String fileKey(Format format, Path file) throws IOException {
		return format + "|" + file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
	}

	private static final class StrictStop extends RuntimeException {

		StrictStop() {
			super(null, null, false, false);
		}

	}

	private static final class FirstRecordRead extends RuntimeException {

		FirstRecordRead() {
			super(null, null, false, false);
		}

	}

	/**
	 * A record staged in the current batch, kept to retry it alone if the batch fails: as
	 * its line of text when it has one, parsed again only then. Two batches are in flight
	 * at a time, and holding their parsed trees (several times the size of the text) made
	 * them outlive the young generation: most of the import's garbage collection time.
	 */
	private record Pending(long position, long line, String text, JsonNode node, String key, long hash) {

		JsonNode record(ObjectMapper json) {
			return (this.node != null) ? this.node : json.readTree(this.text);
		}

	}

	/** A batch handed to the writer thread, with where its file got to. */
	private record Job(StagedBatch batch, List<Pending> records, long position, Path file, String fileKey) {
	}

	/** The state of one import. */
	private final class Run {

		final Format format;

		final Options options;

		final ImportProgress progress;

		final long started = System.nanoTime();

		final AtomicLong bytesRead = new AtomicLong();

		final List<ImportSummary.Reject> rejects = new ArrayList<>();

		final List<String> warnings = new ArrayList<>();

		final Set<Long> affected = new HashSet<>();

		/** Records read per file (by path), for the manifest check. */
		final Map<Path, Long> recordsPerFile = new HashMap<>();

		final List<JsonNode> manifests = new ArrayList<>();

		long read;

		long inserted;

		long updated;

		long unchanged;

		long rejected;

		long skipped;

		volatile long writeNanos;

		boolean resumed;

		boolean completed;

		// The file being read
		Path file;

		String fileKey;

		LocalDate partitionDate;

		StagedBatch batch = new StagedBatch();

		final List<Pending> pending = new ArrayList<>();

		final ExecutorService writerThread = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "import-writer");
			thread.setDaemon(true);
			return thread;
		});

		Future<?> inFlight;

		long lastCompletePosition;

		long bytesBeforeFile;

		final int batchSize;

		Run(Format format, Options options, ImportProgress progress) {
			this.format = format;
			this.options = options;
			this.progress = progress;
			this.batchSize = (options.batchSize() > 0) ? options.batchSize() : ImportService.this.batchSize;
		}

		void readFile(Path file, InputFiles.Kind kind, String fileKey) throws IOException {
			this.file = file;
			this.fileKey = fileKey;
			Matcher date = PARTITION_DATE.matcher(file.toString());
			this.partitionDate = date.find() ? LocalDate.parse(date.group(1)) : null;
			long skip = ImportService.this.jdbc.sql("select position from ingest_file_progress where file_key = ?")
				.param(fileKey)
				.query(Long.class)
				.optional()
				.orElse(0L);
			if (skip > 0) {
				this.resumed = true;
				logger.info("Resuming " + file + " after record " + skip);
			}
			this.lastCompletePosition = skip;
			this.bytesBeforeFile = this.bytesRead.get();
			long readBefore = this.read;
			InputFiles.Sink sink = new InputFiles.Sink() {
				@Override
				public void record(InputFiles.Item item) {
					onRecord(item);
				}

				@Override
				public void bad(long line, String reason) {
					reject(line, reason);
				}
			};
			switch (kind) {
				case JSON_LINES -> ImportService.this.inputs.readLines(file, skip, this.bytesRead, sink);
				case JSON_DOCUMENT -> ImportService.this.inputs.readDocument(file, skip, this.bytesRead, sink);
				case MERGED_IDS_CSV -> readMergedIds(file, skip);
				case EMPTY -> {
				}
				case UNKNOWN -> reject(1, "not JSON, JSON Lines or a merged ids CSV (gzip or not); file skipped");
			}
			flush();
			this.recordsPerFile.put(file, skip + (this.read - readBefore));
			this.progress.advanced(this.bytesRead.get(), this.read, this.rejected);
		}

		private void readMergedIds(Path file, long skip) throws IOException {
			if (this.format != Format.OPENALEX) {
				reject(1, "a merged ids CSV is OpenAlex data; file skipped");
				return;
			}
			ImportService.this.inputs.readCsv(file, skip, this.bytesRead, new InputFiles.CsvSink() {
				@Override
				public void row(long position, long line, String mergeDate, String id, String mergeIntoId) {
					Run.this.read++;
					String merged = Identifiers.openalex(id);
					String survivor = Identifiers.openalex(mergeIntoId);
					String entity = (merged == null) ? null : switch (merged.charAt(0)) {
						case 'A' -> "authors";
						case 'W' -> "works";
						case 'I' -> "institutions";
						case 'S' -> "sources";
						case 'T' -> "topics";
						default -> null;
					};
					if (entity == null || survivor == null || survivor.charAt(0) != merged.charAt(0)) {
						reject(line, "not a merge of two OpenAlex ids of the same kind: " + id + " → " + mergeIntoId);
						return;
					}
					Run.this.batch.mergedIds.row(entity, merged, survivor, Json.date(mergeDate));
					Run.this.batch.addedMergedId();
					Run.this.lastCompletePosition = position;
					if (Run.this.batch.records() >= Run.this.batchSize * 10) {
						flush();
					}
				}

				@Override
				public void bad(long line, String reason) {
					reject(line, reason);
				}
			});
		}

		void onRecord(InputFiles.Item item) {
			List<JsonNode> records = new ArrayList<>();
			JsonNode results = item.node().get("results");
			if (results != null && results.isArray() && item.node().has("meta")) {
				// An API list response on one line.
				records.addAll(results.values());
			}
			else if (item.node().has("entries") && !item.node().has("id")) {
				this.manifests.add(item.node());
				this.lastCompletePosition = item.position();
				return;
			}
			else {
				records.add(item.node());
			}
			boolean wholeLine = records.size() == 1 && item.text() != null;
			for (JsonNode record : records) {
				this.read++;
				long hash = (records.size() == 1) ? item.hash() : Hashes.of(record.toString());
				stageOne(item, record, hash, wholeLine);
			}
			this.lastCompletePosition = item.position();
			if (this.batch.records() >= this.batchSize) {
				flush();
			}
			if (this.read % 1000 == 0) {
				this.progress.advanced(this.bytesRead.get(), this.read, this.rejected);
			}
		}

		private void stageOne(InputFiles.Item item, JsonNode record, long hash, boolean wholeLine) {
			String key;
			try {
				key = (this.format == Format.ARXIV) ? ArxivMapper.key(record) : OpenAlexMapper.key(record);
				if (this.format == Format.OPENALEX && OpenAlexMapper.entity(key) == OpenAlexMapper.Entity.UNSUPPORTED) {
					this.skipped++;
					return;
				}
			}
			catch (BadRecordException ex) {
				reject(item.line(), ex.getMessage());
				return;
			}
			if (this.batch.holds(key)) {
				// The same record twice: the earlier one is written first.
				long position = this.lastCompletePosition;
				flush();
				this.lastCompletePosition = position;
			}
			try {
				map(key, record, hash, this.batch);
				this.pending.add(new Pending(item.position(), item.line(), wholeLine ? item.text() : null,
						wholeLine ? null : record, key, hash));
			}
			catch (BadRecordException ex) {
				// The mapper checks a record before staging any of its rows.
				reject(item.line(), ex.getMessage());
			}
		}

		private void map(String key, JsonNode record, long hash, StagedBatch batch) {
			if (this.format == Format.ARXIV) {
				ImportService.this.arxiv.stage(key, record, hash, batch);
			}
			else {
				ImportService.this.openAlex.stage(key, record, hash, this.partitionDate, batch);
			}
		}

		/**
		 * Hands the staged batch to the writer thread, after the previous batch is
		 * written: the next batch is read and mapped while this one is written.
		 */
		void flush() {
			awaitWriting();
			if (this.batch.isEmpty()) {
				String key = this.fileKey;
				long position = this.lastCompletePosition;
				ImportService.this.transactions.executeWithoutResult((status) -> storePosition(key, position));
				return;
			}
			Job job = new Job(this.batch, List.copyOf(this.pending), this.lastCompletePosition, this.file,
					this.fileKey);
			this.batch = new StagedBatch();
			this.pending.clear();
			this.inFlight = this.writerThread.submit(() -> writeJob(job));
			this.progress.advanced(this.bytesRead.get(), this.read, this.rejected);
		}

		/** Waits for the batch being written; its failure becomes this thread's. */
		void awaitWriting() {
			Future<?> writing = this.inFlight;
			this.inFlight = null;
			if (writing == null) {
				return;
			}
			try {
				writing.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while writing a batch", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

		private void writeJob(Job job) {
			try {
				write(job.batch(), job.position(), job.fileKey());
			}
			catch (StrictStop stop) {
				throw stop;
			}
			catch (RuntimeException ex) {
				List<Pending> records = job.records();
				if (records.isEmpty()) {
					throw ex;
				}
				if (records.size() > 1) {
					// One record spoils the batch: write them one by one to find it.
					logger.debug("Batch failed, writing its records one by one: " + rootMessage(ex));
				}
				for (Pending record : records) {
					StagedBatch single = new StagedBatch();
					try {
						map(record.key(), record.record(ImportService.this.json), record.hash(), single);
						write(single, record.position() - 1, job.fileKey());
					}
					catch (RuntimeException failure) {
						reject(job.file(), record.line(), "could not be written: " + rootMessage(failure));
					}
				}
				ImportService.this.transactions
					.executeWithoutResult((status) -> storePosition(job.fileKey(), job.position()));
			}
		}

		private void write(StagedBatch batch, long position, String fileKey) {
			long writeStarted = System.nanoTime();
			CatalogWriter.Outcome outcome = ImportService.this.transactions.execute((status) -> {
				// A batch commits with the file position it reached: if the server
				// crashes
				// before the commit is on disk, both are lost together and the rerun
				// redoes
				// the batch. So the import need not wait for each commit's flush.
				ImportService.this.jdbc.sql("set local synchronous_commit = off").update();
				CatalogWriter.Outcome result = (this.format == Format.ARXIV)
						? ImportService.this.writer.writeArxiv(batch) : ImportService.this.writer.writeOpenAlex(batch);
				storePosition(fileKey, position);
				return result;
			});
			this.writeNanos += System.nanoTime() - writeStarted;
			this.inserted += outcome.inserted();
			this.updated += outcome.updated();
			this.unchanged += outcome.unchanged();
			if (this.affected.size() <= MAX_TRACKED_RESEARCHERS) {
				this.affected.addAll(outcome.affectedResearchers());
			}
		}

		private void storePosition(String fileKey, long position) {
			ImportService.this.jdbc.sql("""
					insert into ingest_file_progress (file_key, position) values (?, ?)
					on conflict (file_key) do update set position = greatest(ingest_file_progress.position,
					    excluded.position), updated_at = now()""").params(fileKey, position).update();
		}

		void reject(long line, String reason) {
			reject(this.file, line, reason);
		}

		synchronized void reject(Path file, long line, String reason) {
			this.rejected++;
			ImportSummary.Reject reject = new ImportSummary.Reject(file, line, reason);
			if (this.rejects.size() < MAX_KEPT_REJECTS) {
				this.rejects.add(reject);
			}
			logger.debug("Rejected " + reject);
			if (this.options.strict()) {
				throw new StrictStop();
			}
		}

		/**
		 * Compares each file a manifest lists with what was read: record counts, and
		 * parts not found.
		 */
		void checkManifests() {
			for (JsonNode manifest : this.manifests) {
				long missing = 0;
				for (JsonNode entry : Json.array(manifest, "entries")) {
					String url = Json.text(entry, "url");
					Long expected = Json.number(Json.object(entry, "meta"), "record_count");
					if (url == null || expected == null) {
						continue;
					}
					String part = partOf(url);
					Path found = this.recordsPerFile.keySet()
						.stream()
						.filter((path) -> partOf(path.toString().replace('\\', '/')).equals(part))
						.findFirst()
						.orElse(null);
					if (found == null) {
						missing++;
					}
					else if (this.recordsPerFile.get(found) != expected.longValue()) {
						this.warnings.add("manifest lists " + expected + " records for " + part + ", but " + found
								+ " holds " + this.recordsPerFile.get(found));
					}
				}
				if (missing > 0) {
					this.warnings.add("manifest lists " + missing + " parts that are not in the input: "
							+ "the snapshot is incomplete");
				}
			}
		}

	}

	/** {@code …/works/updated_date=2023-05-16/part_000.gz} → the last three segments. */
	private static String partOf(String pathOrUrl) {
		String[] segments = pathOrUrl.split("/");
		int from = Math.max(0, segments.length - 3);
		return String.join("/", java.util.Arrays.copyOfRange(segments, from, segments.length));
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		int newline = message.indexOf('\n');
		return (newline > 0) ? message.substring(0, newline) : message;
	}

}
