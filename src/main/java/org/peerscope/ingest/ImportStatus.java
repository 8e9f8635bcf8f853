package org.peerscope.ingest;

import java.time.Duration;
import java.util.List;

/**
 * How an import started from the admin page is going, for the page.
 *
 * @param records records read so far
 * @param recordsPerSecond records read per second since the start
 * @param percent how much of the input is read (bytes)
 * @param remaining the estimated time left, null when unknown or done
 * @param summary the final summary, once done
 * @param rejects the first rejects (file name, line, reason), once done
 * @param failure why the import stopped, when it failed
 */
public record ImportStatus(State state, String fileName, String format, long records, long rejected,
		double recordsPerSecond, int percent, Duration elapsed, Duration remaining, ImportSummary summary,
		List<String> rejects, String failure) {

	public enum State {

		RUNNING, DONE, FAILED

	}

	public boolean running() {
		return this.state == State.RUNNING;
	}

	/** "1:05" or "1:02:05". */
	public static String clock(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds >= 3600) ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
				: String.format("%d:%02d", seconds / 60, seconds % 60);
	}

	public String elapsedText() {
		return clock(this.elapsed);
	}

	public String remainingText() {
		return (this.remaining != null) ? clock(this.remaining) : null;
	}

}
