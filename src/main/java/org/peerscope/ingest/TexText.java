package org.peerscope.ingest;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the TeX accents of arXiv metadata ({@code Bal\'azs}, {@code {\"o}},
 * {@code \v{c}}, {@code {\ss}}) into Unicode and normalises whitespace. Mathematics and
 * other TeX is left as written.
 */
final class TexText {

	private static final Map<String, String> COMBINING = Map.ofEntries(Map.entry("'", "\u0301"),
			Map.entry("`", "\u0300"), Map.entry("^", "\u0302"), Map.entry("\"", "\u0308"), Map.entry("~", "\u0303"),
			Map.entry("=", "\u0304"), Map.entry(".", "\u0307"), Map.entry("u", "\u0306"), Map.entry("v", "\u030C"),
			Map.entry("H", "\u030B"), Map.entry("c", "\u0327"), Map.entry("k", "\u0328"), Map.entry("r", "\u030A"));

	private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("o", "ø"),
			Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
			Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("i", "ı"),
			Map.entry("j", "ȷ"));

	private static final String LETTER = "(\\\\i|\\\\j|[A-Za-z])";

	/** {@code \'a}, {@code \'{a}}, {@code \v{c}}, {@code \v c}, optionally in braces. */
	private static final Pattern ACCENT = Pattern
		.compile("\\{\\\\(['\"`^~=.])\\s*(?:\\{" + LETTER + "\\}|" + LETTER + ")\\}" + "|\\{\\\\([uvHckr])(?:\\s*\\{"
				+ LETTER + "\\}|\\s+" + LETTER + ")\\}" + "|\\\\(['\"`^~=.])\\s*(?:\\{" + LETTER + "\\}|" + LETTER + ")"
				+ "|\\\\([uvHckr])(?:\\s*\\{" + LETTER + "\\}|\\s+" + LETTER + ")");

	private static final Pattern SPECIAL_LETTER = Pattern.compile(
			"\\{\\\\(ss|ae|AE|aa|AA|oe|OE|o|O|l|L|i|j)\\}|\\\\(ss|ae|AE|aa|AA|oe|OE|o|O|l|L)(?![A-Za-z])(?:\\{\\})?");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private TexText() {
	}

	/** Accents in Unicode, runs of whitespace as one space, trimmed; null stays null. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		String result = text;
		if (result.indexOf('\\') >= 0) {
			result = replaceAccents(result);
			result = replaceSpecialLetters(result);
			result = Normalizer.normalize(result, Normalizer.Form.NFC);
		}
		return WHITESPACE.matcher(result).replaceAll(" ").strip();
	}

	private static String replaceAccents(String text) {
		Matcher matcher = ACCENT.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String accent = null;
			String letter = null;
			for (int group = 1; group <= matcher.groupCount(); group++) {
				String value = matcher.group(group);
				if (value == null) {
					continue;
				}
				if (accent == null) {
					accent = value;
				}
				else {
					letter = value;
					break;
				}
			}
			String base = switch (letter) {
				case "\\i" -> "i";
				case "\\j" -> "j";
				default -> letter;
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(base + COMBINING.get(accent)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String replaceSpecialLetters(String text) {
		Matcher matcher = SPECIAL_LETTER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			matcher.appendReplacement(out, Matcher.quoteReplacement(LETTERS.get(name)));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
