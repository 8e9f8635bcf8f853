package org.peerscope.common;

/**
 * A public key where it stands in a list ordered by citations, most first (ties by id):
 * where the next batch of such a list starts.
 */
public record RankedKey(String key, long citedByCount, long id) {

	/** Before every entry. */
	public static final RankedKey FIRST = new RankedKey("", Long.MAX_VALUE, 0);

}
