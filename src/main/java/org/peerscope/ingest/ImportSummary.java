package org.peerscope.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param files input files read
 * @param read records read (including rejected ones)
 * @param inserted records new to the catalogue
 * @param updated records that changed a stored record
 * @param unchanged records identical to (or older than) the stored ones
 * @param rejected records reported as bad and skipped
 * @param skipped records of entities Peerscope does not keep (concepts, publishers, ...)
 * @param rejects the first rejects, with file and line
 * @param warnings notes on the input as a whole (manifest counts, missing parts)
 * @param resumed whether the import continued one that had been interrupted
 * @param completed false when {@code --strict} stopped the import at a bad record
 */
public record ImportSummary(int files, long read, long inserted, long updated, long unchanged, long rejected,
		long skipped, List<Reject> rejects, List<String> warnings, boolean resumed, boolean completed,
		Duration duration) {

	/** A bad input record: where it is and what is wrong with it. */
	public record Reject(Path file, long line, String reason) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + ": " + this.reason;
		}

	}

	/** Records read per second. */
	public double rate() {
		double seconds = Math.max(0.001, this.duration.toNanos() / 1e9);
		return this.read / seconds;
	}

}
