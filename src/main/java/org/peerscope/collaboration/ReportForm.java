package org.peerscope.collaboration;

import jakarta.validation.constraints.Size;
import org.peerscope.account.PlainText;

/** A spam report's optional reason, for the administrators. */
record ReportForm(@Size(max = 1000) @PlainText String reason) {

	static ReportForm empty() {
		return new ReportForm("");
	}

	String reasonOrNull() {
		return (this.reason == null || this.reason.isBlank()) ? null : this.reason.strip();
	}

}
