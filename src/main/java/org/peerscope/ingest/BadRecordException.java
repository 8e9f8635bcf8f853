package org.peerscope.ingest;

/** A source record that cannot be imported; the import reports it and goes on. */
class BadRecordException extends RuntimeException {

	BadRecordException(String reason) {
		super(reason);
	}

}
