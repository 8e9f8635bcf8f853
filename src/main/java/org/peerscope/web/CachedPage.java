package org.peerscope.web;

import java.util.List;
import java.util.Map;

/**
 * A rendered anonymous page as it was sent: what a later anonymous request for the same
 * URL gets without rendering.
 *
 * @param researcherId the researcher whose page this is, or null when the page may show
 * anything about anyone (it is then dropped on every change)
 * @param headers the headers the application set while rendering it
 * @param gzipBody the body compressed once for browsers that accept gzip, or null when it
 * is too small to gain from it
 * @param lastModified when it was rendered, in whole seconds since the epoch, as HTTP
 * dates have it
 */
record CachedPage(Long researcherId, String contentType, Map<String, List<String>> headers, byte[] body,
		byte[] gzipBody, String etag, long lastModified) {

	int weight() {
		return this.body.length + ((this.gzipBody != null) ? this.gzipBody.length : 0) + 512;
	}

}
