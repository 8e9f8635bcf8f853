package org.peerscope.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;

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
			appendValue(values[i]);
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
					new StringReader(this.buffer.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("Could not copy rows into " + this.table + ": " + ex.getMessage(), ex);
		}
	}

	void clear() {
		this.buffer.setLength(0);
		this.rows = 0;
	}

	private void appendValue(Object value) {
		if (value == null) {
			this.buffer.append("\\N");
		}
		else if (value instanceof Collection<?> values) {
			appendEscaped(arrayLiteral(values));
		}
		else if (value instanceof Boolean bool) {
			this.buffer.append(bool ? 't' : 'f');
		}
		else if (value instanceof Number || value instanceof LocalDate) {
			this.buffer.append(value);
		}
		else {
			appendEscaped(value.toString());
		}
	}

	private void appendEscaped(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				// PostgreSQL text cannot hold NUL.
				case '\0' -> {
				}
				default -> this.buffer.append(c);
			}
		}
	}

	private static String arrayLiteral(Collection<?> values) {
		StringBuilder literal = new StringBuilder("{");
		for (Object element : values) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(element.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return literal.append('}').toString();
	}

}
