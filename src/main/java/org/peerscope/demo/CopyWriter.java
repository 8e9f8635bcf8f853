package org.peerscope.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.peerscope.common.CopyText;
import org.postgresql.copy.CopyManager;

/**
 * Buffers rows for one table in PostgreSQL's COPY text format and sends them with
 * {@code COPY ... FROM STDIN} whenever the buffer is large, and on {@link #flush()}.
 */
final class CopyWriter {

	private static final int FLUSH_AT_CHARS = 4 << 20;

	private final CopyManager copyManager;

	private final String copyStatement;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT_CHARS + (64 << 10));

	private long rows;

	private final List<CopyWriter> writtenBefore = new ArrayList<>();

	CopyWriter(CopyManager copyManager, String table, String... columns) {
		this.copyManager = copyManager;
		this.copyStatement = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
	}

	/**
	 * Writes one row; values may be null, strings, numbers, booleans, dates or string
	 * collections (arrays).
	 */
	void row(Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			CopyText.appendValue(this.buffer, values[i]);
		}
		this.buffer.append('\n');
		this.rows++;
		if (this.buffer.length() >= FLUSH_AT_CHARS) {
			flush();
		}
	}

	/**
	 * Makes every flush of this writer flush {@code others} first: rows that refer to
	 * theirs (foreign keys) never reach the database before the rows they refer to.
	 */
	CopyWriter after(CopyWriter... others) {
		this.writtenBefore.addAll(List.of(others));
		return this;
	}

	long rows() {
		return this.rows;
	}

	void flush() {
		if (this.buffer.isEmpty()) {
			return;
		}
		this.writtenBefore.forEach(CopyWriter::flush);
		try {
			this.copyManager.copyIn(this.copyStatement, new StringReader(this.buffer.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy rows: " + ex.getMessage(), ex);
		}
		this.buffer.setLength(0);
	}

}
