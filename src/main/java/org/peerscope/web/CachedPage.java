package org.peerscope.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;

/**
 * A rendered anonymous page as it was sent: what a later anonymous request for the same
 * URL gets without rendering.
 */
final class CachedPage {

	/**
	 * Bodies shorter than this are sent as they are: compressing them gains too little.
	 */
	private static final int MIN_GZIP_SIZE = 2048;

	/**
	 * What {@link GZIPOutputStream} writes around the deflated body: a header without
	 * optional fields, and a trailer of checksum and length.
	 */
	private static final int GZIP_HEADER_LENGTH = 10;

	private static final int GZIP_TRAILER_LENGTH = 8;

	/**
	 * Inflaters for raw deflate data, kept between pages: each holds native memory that a
	 * new one would set up again.
	 */
	private static final BlockingQueue<Inflater> INFLATERS = new ArrayBlockingQueue<>(
			4 * Runtime.getRuntime().availableProcessors());

	private final PageScope scope;

	private final String contentType;

	private final Map<String, List<String>> headers;

	private final int length;

	private final String etag;

	private final long lastModified;

	private volatile byte[] body;

	private volatile byte[] gzipBody;

	/**
	 * @param scope which changes outdate the page
	 * @param headers the headers the application set while rendering it
	 * @param lastModified when it was rendered, in whole seconds since the epoch, as HTTP
	 * dates have it
	 */
	CachedPage(PageScope scope, String contentType, Map<String, List<String>> headers, byte[] body, String etag,
			long lastModified) {
		this(scope, contentType, headers, null, body.length, etag, lastModified);
		this.body = body;
	}

	private CachedPage(PageScope scope, String contentType, Map<String, List<String>> headers, byte[] gzipBody,
			int length, String etag, long lastModified) {
		this.scope = scope;
		this.contentType = contentType;
		this.headers = headers;
		this.gzipBody = gzipBody;
		this.length = length;
		this.etag = etag;
		this.lastModified = lastModified;
	}

	/**
	 * A page read back compressed ({@link PageStore}): its body is inflated when a client
	 * without gzip first asks for it, and kept from then on.
	 * @param length the body's length uncompressed
	 */
	static CachedPage compressed(PageScope scope, String contentType, Map<String, List<String>> headers,
			byte[] gzipBody, int length, String etag, long lastModified) {
		return new CachedPage(scope, contentType, headers, gzipBody, length, etag, lastModified);
	}

	PageScope scope() {
		return this.scope;
	}

	String contentType() {
		return this.contentType;
	}

	Map<String, List<String>> headers() {
		return this.headers;
	}

	byte[] body() {
		byte[] body = this.body;
		if (body == null) {
			body = gunzip(this.gzipBody, this.length);
			this.body = body;
		}
		return body;
	}

	/** The body's length as sent uncompressed. */
	int length() {
		return this.length;
	}

	String etag() {
		return this.etag;
	}

	long lastModified() {
		return this.lastModified;
	}

	/** Whether the body is large enough to be sent compressed. */
	boolean compressible() {
		return this.length >= MIN_GZIP_SIZE;
	}

	/**
	 * The body compressed with gzip, made when first needed (a client that takes gzip, or
	 * the page store) and kept from then on: the server's own compression would compress
	 * it again for every such client. Two requests at once may both compress it; either
	 * copy is right.
	 */
	byte[] gzipBody() {
		byte[] compressed = this.gzipBody;
		if (compressed == null) {
			compressed = gzip(body());
			this.gzipBody = compressed;
		}
		return compressed;
	}

	/**
	 * Memory taken, counting a compressed copy of about a fifth of the body, and the body
	 * of a page read back compressed as if a client without gzip had asked for it.
	 */
	int weight() {
		return this.length + (compressible() ? this.length / 5 : 0) + 512;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed, 8192)) {
			out.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return compressed.toByteArray();
	}

	/**
	 * Inflates a body {@link #gzip} compressed, with an inflater from the pool: about a
	 * fifth less work per page than a {@link java.util.zip.GZIPInputStream}, which copies
	 * through its own buffer and sets up a new inflater every time. A page read back from
	 * the store costs a client without gzip one of these on every request.
	 */
	private static byte[] gunzip(byte[] compressed, int length) {
		int deflatedLength = compressed.length - GZIP_HEADER_LENGTH - GZIP_TRAILER_LENGTH;
		if (deflatedLength < 0 || compressed[0] != (byte) 0x1f || compressed[1] != (byte) 0x8b || compressed[3] != 0) {
			throw new DamagedBodyException();
		}
		Inflater inflater = INFLATERS.poll();
		if (inflater == null) {
			inflater = new Inflater(true);
		}
		try {
			inflater.setInput(compressed, GZIP_HEADER_LENGTH, deflatedLength);
			byte[] body = new byte[length];
			int inflated = 0;
			while (inflated < length && !inflater.finished()) {
				int more = inflater.inflate(body, inflated, length - inflated);
				if (more == 0 && !inflater.finished()) {
					throw new DamagedBodyException();
				}
				inflated += more;
			}
			// With the output full, the end of the stream may be still unread.
			boolean endsHere = inflater.finished() || inflater.inflate(new byte[1]) == 0 && inflater.finished();
			if (!endsHere || inflated != length || !trailerMatches(compressed, body)) {
				throw new DamagedBodyException();
			}
			return body;
		}
		catch (DataFormatException ex) {
			throw new DamagedBodyException();
		}
		finally {
			inflater.reset();
			if (!INFLATERS.offer(inflater)) {
				inflater.end();
			}
		}
	}

	/** Whether the gzip trailer's checksum and length are the inflated body's. */
	private static boolean trailerMatches(byte[] compressed, byte[] body) {
		CRC32 checksum = new CRC32();
		checksum.update(body);
		int trailer = compressed.length - GZIP_TRAILER_LENGTH;
		return littleEndianInt(compressed, trailer) == (int) checksum.getValue()
				&& littleEndianInt(compressed, trailer + 4) == body.length;
	}

	private static int littleEndianInt(byte[] bytes, int offset) {
		return (bytes[offset] & 0xff) | (bytes[offset + 1] & 0xff) << 8 | (bytes[offset + 2] & 0xff) << 16
				| (bytes[offset + 3] & 0xff) << 24;
	}

	/** A body read back compressed that cannot be inflated to what was kept. */
	static final class DamagedBodyException extends RuntimeException {

		DamagedBodyException() {
			super("its compressed body is damaged");
		}

	}

}
