package org.peerscope.ingest;

import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;

import org.peerscope.common.CopyText;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one staging table, kept in PostgreSQL's COPY text format until the batch is
 * sent with {@code COPY ... FROM STDIN}.
 */
final class CopyRows {

	private final String table;

	private final String[] columns;

	private final StringBuilder buffer = new StringBuilder();

	private int rows;

	CopyRows(String table, String... columns) {
		this.table = table;
		this.columns = columns;
	}

	String table() {
		return this.table;
	}

	int rows() {
		return this.rows;
	}

	/**
	 * Adds one row; values may be null, strings, numbers, booleans, dates or string
	 * collections (arrays).
	 */
	void row(Object... values) {
		if (values.length != this.columns.length) {
			throw new IllegalArgumentException(this.table + " takes " + this.columns.length + " values");
		}
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.buffer.append('\t');
			}
			CopyText.appendValue(this.buffer, values[i]);
		}
		this.buffer.append('\n');
		this.rows++;
	}

	void copyTo(CopyManager copyManager) throws SQLException {
		if (this.rows == 0) {
			return;
		}
		try {
			copyManager.copyIn("copy " + this.table + " (" + String.join(", ", this.columns) + ") from stdin",
					new BufferReader(this.buffer));
		}
		catch (IOException ex) {
			throw new SQLException("Could not copy rows into " + this.table + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Reads the rows where they are: a batch's rows run to megabytes, and a copy of them
	 * as one string would be garbage of that size per table and batch.
	 */
	private static final class BufferReader extends Reader {

		private final StringBuilder text;

		private int next;

		BufferReader(StringBuilder text) {
			this.text = text;
		}

		@Override
		public int read(char[] target, int offset, int length) {
			if (this.next >= this.text.length()) {
				return -1;
			}
			int count = Math.min(length, this.text.length() - this.next);
			this.text.getChars(this.next, this.next + count, target, offset);
			this.next += count;
			return count;
		}

		@Override
		public void close() {
		}

	}

	void clear() {
		this.buffer.setLength(0);
		this.rows = 0;
	}

}
