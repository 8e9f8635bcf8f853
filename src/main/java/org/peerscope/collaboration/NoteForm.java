package org.peerscope.collaboration;

import jakarta.validation.constraints.Size;
import org.peerscope.account.PlainText;

/** The optional note of a decline, for the sender. */
record NoteForm(@Size(max = 1000) @PlainText String note) {

	static NoteForm empty() {
		return new NoteForm("");
	}

	String noteOrNull() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

}
