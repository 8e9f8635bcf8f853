package org.peerscope.ingest;

/** Told how an import advances (a console progress bar, log lines, a web page). */
public interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
	};

	/** The import starts: this many bytes of input in all. */
	default void started(long totalBytes) {
	}

	/** Now at this many bytes of input, records read, and rejected. */
	default void advanced(long bytesRead, long records, long rejected) {
	}

	default void finished() {
	}

}
