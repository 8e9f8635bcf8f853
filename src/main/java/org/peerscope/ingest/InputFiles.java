package org.peerscope.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Finds input files and reads records from them, whatever their packaging: gzip or not
 * (told from the content), JSON Lines, one JSON document (an API response, pretty-printed
 * or not), or a CSV of merged ids.
 */
final class InputFiles {

	private static final int GZIP_MAGIC = 0x8b1f;

	private final ObjectMapper json;

	InputFiles(ObjectMapper json) {
		this.json = json;
	}

	/** The files under these paths (folders walked recursively), in a stable order. */
	static List<Path> expand(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new IOException("No such file or folder: " + path);
			}
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(Files::isRegularFile)
						.filter((file) -> !file.getFileName().toString().startsWith("."))
						.sorted()
						.forEach(files::add);
				}
			}
			else {
				files.add(path);
			}
		}
		return files.stream().map(Path::toAbsolutePath).map(Path::normalize).distinct().toList();
	}

	/** What a file holds, told from its first bytes. */
	enum Kind {

		JSON_LINES, JSON_DOCUMENT, MERGED_IDS_CSV, EMPTY, UNKNOWN

	}

	/**
	 * A record read from a file: its position (counting from 1) and first line, and its
	 * text when it was one line of JSON Lines (null when it came from a larger document).
	 */
	record Item(long position, long line, JsonNode node, long hash, String text) {

		Item(long position, long line, JsonNode node, long hash) {
			this(position, line, node, hash, null);
		}

	}

	interface Sink {

		void record(Item item);

		void bad(long line, String reason);

	}

	Kind detect(Path file) throws IOException {
		try (BufferedReader reader = reader(open(file, new AtomicLong()))) {
			String line;
			while ((line = reader.readLine()) != null && line.isBlank()) {
				// skip leading blank lines
			}
			if (line == null) {
				return Kind.EMPTY;
			}
			String first = line.strip();
			if (first.startsWith("merge_date,id,merge_into_id")) {
				return Kind.MERGED_IDS_CSV;
			}
			if (!first.startsWith("{") && !first.startsWith("[")) {
				return Kind.UNKNOWN;
			}
			try {
				JsonNode node = this.json.readTree(first);
				return (node != null && node.isObject()) ? Kind.JSON_LINES : Kind.JSON_DOCUMENT;
			}
			catch (JacksonException ex) {
				// The first line is not a whole JSON value: one document over many lines,
				// or JSON Lines starting with a broken line (which reading will report).
				String second;
				while ((second = reader.readLine()) != null && second.isBlank()) {
					// skip blank lines
				}
				return isJsonObject(second) ? Kind.JSON_LINES : Kind.JSON_DOCUMENT;
			}
		}
		catch (ZipException | EOFException ex) {
			return Kind.UNKNOWN;
		}
	}

	private boolean isJsonObject(String line) {
		if (line == null || !line.strip().startsWith("{")) {
			return false;
		}
		try {
			JsonNode node = this.json.readTree(line);
			return node != null && node.isObject();
		}
		catch (JacksonException ex) {
			return false;
		}
	}

	/**
	 * Reads JSON Lines, one record per non-blank line, after skipping the first
	 * {@code skip} records. A line that is not JSON is reported and skipped; a file that
	 * ends early (a truncated .gz) is reported at the line where it broke off.
	 */
	void readLines(Path file, long skip, AtomicLong bytesRead, Sink sink) throws IOException {
		long line = 0;
		long position = 0;
		try (BufferedReader reader = reader(open(file, bytesRead))) {
			String text;
			while ((text = readLine(reader, line + 1, sink)) != null) {
				line++;
				if (text.isBlank()) {
					continue;
				}
				position++;
				if (position <= skip) {
					continue;
				}
				JsonNode node;
				try {
					node = this.json.readTree(text);
				}
				catch (JacksonException ex) {
					sink.bad(line, "malformed JSON: " + shortMessage(ex));
					continue;
				}
				if (node == null || !node.isObject()) {
					sink.bad(line, "not a JSON object");
					continue;
				}
				sink.record(new Item(position, line, node, Hashes.of(text), text));
			}
		}
	}

	private static String readLine(BufferedReader reader, long line, Sink sink) throws IOException {
		try {
			return reader.readLine();
		}
		catch (EOFException | ZipException ex) {
			sink.bad(line, "the file is truncated or corrupt (" + ex.getMessage() + "); the rest of it is skipped");
			return null;
		}
	}

	/**
	 * Reads one JSON document: an API list response ({@code {"meta":…,"results":[…]}}), a
	 * JSON array, or a single object. Records are streamed: a huge response does not sit
	 * in memory whole.
	 */
	void readDocument(Path file, long skip, AtomicLong bytesRead, Sink sink) throws IOException {
		long position = 0;
		long line = 1;
		try (JsonParser parser = this.json.createParser(reader(open(file, bytesRead)))) {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.START_ARRAY) {
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					line = parser.currentLocation().getLineNr();
					position++;
					JsonNode node = parser.readValueAsTree();
					if (position > skip) {
						sink.record(new Item(position, line, node, Hashes.of(node.toString())));
					}
				}
				return;
			}
			if (token != JsonToken.START_OBJECT) {
				sink.bad(1, "not a JSON object or array");
				return;
			}
			// An object: stream the "results" array when there is one, else the object is
			// the record.
			JsonNode node = readObjectStreamingResults(parser, skip, sink);
			if (node != null) {
				position++;
				if (position > skip) {
					sink.record(new Item(position, 1, node, Hashes.of(node.toString())));
				}
			}
		}
		catch (JacksonException ex) {
			long at = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : line;
			sink.bad(at, "malformed JSON: " + shortMessage(ex) + "; the rest of the file is skipped");
		}
		catch (EOFException | ZipException ex) {
			sink.bad(line, "the file is truncated or corrupt (" + ex.getMessage() + "); the rest of it is skipped");
		}
	}

	/**
	 * Reads the members of an object. A {@code results} array is streamed to the sink
	 * element by element, and null is returned; otherwise the object itself is returned.
	 */
	private JsonNode readObjectStreamingResults(JsonParser parser, long skip, Sink sink) {
		tools.jackson.databind.node.ObjectNode object = this.json.createObjectNode();
		boolean streamedResults = false;
		long position = 0;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (name.equals("results") && value == JsonToken.START_ARRAY) {
				streamedResults = true;
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					long line = parser.currentLocation().getLineNr();
					position++;
					JsonNode node = parser.readValueAsTree();
					if (position > skip) {
						sink.record(new Item(position, line, node, Hashes.of(node.toString())));
					}
				}
			}
			else {
				object.set(name, parser.readValueAsTree());
			}
		}
		return streamedResults ? null : object;
	}

	/** Reads {@code merge_date,id,merge_into_id} rows, after the header. */
	void readCsv(Path file, long skip, AtomicLong bytesRead, CsvSink sink) throws IOException {
		long line = 0;
		long position = 0;
		try (BufferedReader reader = reader(open(file, bytesRead))) {
			String text;
			Sink errors = new Sink() {
				@Override
				public void record(Item item) {
				}

				@Override
				public void bad(long at, String reason) {
					sink.bad(at, reason);
				}
			};
			while ((text = readLine(reader, line + 1, errors)) != null) {
				line++;
				if (line == 1 || text.isBlank()) {
					continue;
				}
				position++;
				if (position <= skip) {
					continue;
				}
				String[] fields = text.strip().split(",", -1);
				if (fields.length != 3) {
					sink.bad(line, "expected merge_date,id,merge_into_id");
					continue;
				}
				sink.row(position, line, fields[0], fields[1], fields[2]);
			}
		}
	}

	interface CsvSink {

		void row(long position, long line, String mergeDate, String id, String mergeIntoId);

		void bad(long line, String reason);

	}

	private static BufferedReader reader(InputStream input) {
		Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8);
		return new BufferedReader(reader, 1 << 16);
	}

	/** The file's content, unzipped when it is gzip; counts the file bytes consumed. */
	static InputStream open(Path file, AtomicLong bytesRead) throws IOException {
		InputStream raw = new CountingInputStream(Files.newInputStream(file), bytesRead);
		BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
		buffered.mark(2);
		int first = buffered.read();
		int second = buffered.read();
		buffered.reset();
		if (first >= 0 && second >= 0 && ((second << 8) | first) == GZIP_MAGIC) {
			return new GZIPInputStream(buffered, 1 << 16);
		}
		return buffered;
	}

	private static String shortMessage(JacksonException ex) {
		String message = ex.getOriginalMessage();
		return (message.length() > 200) ? message.substring(0, 200) + "…" : message;
	}

	private static final class CountingInputStream extends FilterInputStream {

		private final AtomicLong count;

		CountingInputStream(InputStream in, AtomicLong count) {
			super(in);
			this.count = count;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count.incrementAndGet();
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count.addAndGet(n);
			}
			return n;
		}

	}

}
