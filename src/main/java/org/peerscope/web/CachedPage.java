package org.peerscope.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered anonymous page as it was sent: what a later anonymous request for the same
 * URL gets without rendering.
 */
final class CachedPage {

	/**
	 * Bodies shorter than this are sent as they are: compressing them gains too little.
	 */
	private static final int MIN_GZIP_SIZE = 2048;

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

	private static byte[] gunzip(byte[] compressed, int length) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
			return in.readNBytes(length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
