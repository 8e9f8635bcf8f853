package org.peerscope.common;

import java.time.LocalDate;
import java.util.Collection;

/**
 * Values in PostgreSQL's {@code COPY ... FROM STDIN} text format, for every bulk writer
 * of the catalogue (imports, the generator).
 */
public final class CopyText {

	private CopyText() {
	}

	/**
	 * Appends one column value: {@code null} as {@code \N}; strings, numbers, booleans
	 * and dates as text; a collection as an array literal. Tabs, newlines and backslashes
	 * are escaped; NUL characters, which PostgreSQL text cannot hold, are dropped.
	 */
	public static void appendValue(StringBuilder buffer, Object value) {
		if (value == null) {
			buffer.append("\\N");
		}
		else if (value instanceof Collection<?> values) {
			appendEscaped(buffer, arrayLiteral(values));
		}
		else if (value instanceof Boolean bool) {
			buffer.append(bool ? 't' : 'f');
		}
		else if (value instanceof Number || value instanceof LocalDate) {
			buffer.append(value);
		}
		else {
			appendEscaped(buffer, value.toString());
		}
	}

	private static void appendEscaped(StringBuilder buffer, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> buffer.append("\\\\");
				case '\t' -> buffer.append("\\t");
				case '\n' -> buffer.append("\\n");
				case '\r' -> buffer.append("\\r");
				case '\0' -> {
				}
				default -> buffer.append(c);
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
