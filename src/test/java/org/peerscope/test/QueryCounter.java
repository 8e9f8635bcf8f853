package org.peerscope.test;

import net.ttddyy.dsproxy.QueryCount;
import net.ttddyy.dsproxy.QueryCountHolder;

/**
 * The statements this thread sent to the database since the last {@link #reset()}.
 */
public final class QueryCounter {

	private QueryCounter() {
	}

	public static void reset() {
		QueryCountHolder.clear();
	}

	public static long statements() {
		QueryCount count = QueryCountHolder.getGrandTotal();
		return count.getTotal();
	}

}
