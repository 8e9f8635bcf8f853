package org.peerscope.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a template the indentation and blank lines that make it readable: a tenth
 * of a researcher page as sent was tabs. A line break and the white space after it show
 * in a browser as one space, as a line break alone does, so the page looks the same;
 * inside {@code pre}, {@code textarea} and {@code script} white space is kept as written.
 * Only the template's own text is touched, once when it is read: what it shows of the
 * data (an abstract, a message) is written out as it is.
 */
final class TemplateIndentation {

	/** Where white space is kept, up to its end tag. */
	private static final Pattern KEPT_AS_WRITTEN = Pattern.compile("<(pre|textarea|script)\\b.*?</\\1\\s*>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	/** A line break with what follows it up to the next line's first character. */
	private static final Pattern LINE_BREAK_AND_INDENTATION = Pattern.compile("\\r?\\n\\s*");

	private TemplateIndentation() {
	}

	static String strip(String template) {
		StringBuilder stripped = new StringBuilder(template.length());
		Matcher kept = KEPT_AS_WRITTEN.matcher(template);
		int from = 0;
		while (kept.find()) {
			stripLines(template.substring(from, kept.start()), stripped);
			stripped.append(template, kept.start(), kept.end());
			from = kept.end();
		}
		stripLines(template.substring(from), stripped);
		return stripped.toString();
	}

	private static void stripLines(String text, StringBuilder stripped) {
		stripped.append(LINE_BREAK_AND_INDENTATION.matcher(text).replaceAll("\n"));
	}

}
