package org.peerscope.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

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
			appendValue(values[i]);
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
				default -> this.buffer.append(c);
			}
		}
	}

	/**
	 * A PostgreSQL array literal: every element quoted, quotes and backslashes escaped.
	 */
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
