package org.peerscope.ingest;

/** A 64-bit FNV-1a fingerprint of a source record's text, to recognise it unchanged. */
final class Hashes {

	private Hashes() {
	}

	static long of(String text) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}
