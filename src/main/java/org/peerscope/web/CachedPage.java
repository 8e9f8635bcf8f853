package org.peerscope.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
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

	private final Long researcherId;

	private final String contentType;

	private final Map<String, List<String>> headers;

	private final byte[] body;

	private final String etag;

	private final long lastModified;

	private volatile byte[] gzipBody;

	/**
	 * @param researcherId the researcher whose page this is, or null when the page may
	 * show anything about anyone (it is then dropped on every change)
	 * @param headers the headers the application set while rendering it
	 * @param lastModified when it was rendered, in whole seconds since the epoch, as HTTP
	 * dates have it
	 */
	CachedPage(Long researcherId, String contentType, Map<String, List<String>> headers, byte[] body, String etag,
			long lastModified) {
		this.researcherId = researcherId;
		this.contentType = contentType;
		this.headers = headers;
		this.body = body;
		this.etag = etag;
		this.lastModified = lastModified;
	}

	Long researcherId() {
		return this.researcherId;
	}

	String contentType() {
		return this.contentType;
	}

	Map<String, List<String>> headers() {
		return this.headers;
	}

	byte[] body() {
		return this.body;
	}

	String etag() {
		return this.etag;
	}

	long lastModified() {
		return this.lastModified;
	}

	/** Whether the body is large enough to be sent compressed. */
	boolean compressible() {
		return this.body.length >= MIN_GZIP_SIZE;
	}

	/**
	 * The body compressed with gzip, made when a client that takes gzip first asks for
	 * the page and kept from then on: the server's own compression would compress it
	 * again for every such client, and a page that only clients without gzip ask for
	 * (feeds, scripts, some crawlers) is never compressed. Two requests at once may both
	 * compress it; either copy is right.
	 */
	byte[] gzipBody() {
		byte[] compressed = this.gzipBody;
		if (compressed == null) {
			compressed = gzip(this.body);
			this.gzipBody = compressed;
		}
		return compressed;
	}

	/** Memory taken, counting a compressed copy of about a fifth of the body. */
	int weight() {
		return this.body.length + (compressible() ? this.body.length / 5 : 0) + 512;
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

}
