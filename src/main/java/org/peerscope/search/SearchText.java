package org.peerscope.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.peerscope.common.CatalogKind;

/**
 * What someone typed into a search box, made safe to search with: control characters
 * (null bytes included) removed, white space collapsed, the length capped. Knows whether
 * the text is an identifier that leads straight to one record (ORCID iD, OpenAlex id,
 * DOI, arXiv id), and splits a name into words and initials ("D. Zhang").
 *
 * @param text the cleaned text, possibly empty
 * @param shortened whether the input was longer than {@link #MAX_LENGTH} and was cut
 */
public record SearchText(String text, boolean shortened) {

	/** Longer input is cut here: no name or title needs more. */
	public static final int MAX_LENGTH = 200;

	/** Shorter text matches too much to be useful. */
	public static final int MIN_LENGTH = 2;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");

	private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern ORCID = Pattern
		.compile("^(?:https?://)?(?:www\\.)?(?:orcid\\.org/)?([0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9Xx])/?$");

	private static final Pattern OPENALEX = Pattern
		.compile("^(?:https?://)?(?:openalex\\.org/|api\\.openalex\\.org/(?:authors|works|institutions|topics)/)?"
				+ "([AWITawit][0-9]{1,15})/?$");

	private static final Pattern DOI = Pattern
		.compile("^(?:https?://)?(?:dx\\.)?(?:doi\\.org/|doi:\\s*)?(10\\.[0-9]{4,9}/\\S+)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern ARXIV = Pattern.compile(
			"^(?:https?://)?(?:www\\.)?(?:arxiv\\.org/(?:abs|pdf)/|arxiv:\\s*)?"
					+ "([0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?(?:\\.pdf)?/?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INITIAL = Pattern.compile("^(\\p{L})\\.?$");

	private static final Pattern INITIALS_RUN = Pattern.compile("^(\\p{Lu})\\.(\\p{Lu})\\.?$");

	private static final Pattern WORD_CHARS = Pattern.compile("[\\p{L}\\p{N}]");

	public SearchText {
		text = (text != null) ? text : "";
	}

	/** Cleans raw input (any length, any characters, or null). */
	public static SearchText of(String raw) {
		if (raw == null) {
			return new SearchText("", false);
		}
		// Bound the work before cleaning: a megabyte of input is cut at once.
		String bounded = (raw.length() > MAX_LENGTH * 4) ? raw.substring(0, MAX_LENGTH * 4) : raw;
		String cleaned = SPACE.matcher(CONTROL.matcher(bounded).replaceAll(" ")).replaceAll(" ").strip();
		boolean shortened = raw.length() > MAX_LENGTH * 4 || cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH;
		if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
			cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
		}
		return new SearchText(cleaned, shortened);
	}

	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	/**
	 * Whether there is enough to search with: at least {@link #MIN_LENGTH} characters,
	 * some of them letters or digits.
	 */
	public boolean isSearchable() {
		return this.text.codePointCount(0, this.text.length()) >= MIN_LENGTH && WORD_CHARS.matcher(this.text).find();
	}

	/** An identifier that names exactly one record, when the whole text is one. */
	public Optional<Identifier> identifier() {
		String value = this.text;
		Matcher orcid = ORCID.matcher(value);
		if (orcid.matches()) {
			return Optional.of(new Identifier(IdentifierType.ORCID, orcid.group(1).toUpperCase(Locale.ROOT), null));
		}
		Matcher openAlex = OPENALEX.matcher(value);
		if (openAlex.matches()) {
			String key = openAlex.group(1).toUpperCase(Locale.ROOT);
			CatalogKind kind = switch (key.charAt(0)) {
				case 'A' -> CatalogKind.RESEARCHER;
				case 'W' -> CatalogKind.WORK;
				case 'I' -> CatalogKind.INSTITUTION;
				default -> CatalogKind.TOPIC;
			};
			return Optional.of(new Identifier(IdentifierType.OPENALEX, key, kind));
		}
		Matcher doi = DOI.matcher(value);
		if (doi.matches()) {
			return Optional.of(new Identifier(IdentifierType.DOI, doi.group(1).toLowerCase(Locale.ROOT), null));
		}
		Matcher arxiv = ARXIV.matcher(value);
		if (arxiv.matches()) {
			String id = arxiv.group(1);
			// New-style ids are digits; old-style ones keep their archive's case
			// (math.AG/0601001).
			return Optional.of(new Identifier(IdentifierType.ARXIV, id.contains("/") ? oldStyleArxiv(id) : id, null));
		}
		return Optional.empty();
	}

	/**
	 * The words of a name, without initials: what trigram similarity compares. Falls back
	 * to the whole text when it is all initials.
	 */
	public String nameWords() {
		List<String> words = new ArrayList<>();
		for (String token : tokens()) {
			if (!isInitial(token)) {
				words.add(token);
			}
		}
		return words.isEmpty() ? this.text : String.join(" ", words);
	}

	/**
	 * Single letters typed as initials ("D." or "D" in "D. Zhang", both in "J.R.R."),
	 * lower case.
	 */
	public List<String> initials() {
		List<String> initials = new ArrayList<>();
		for (String token : tokens()) {
			Matcher single = INITIAL.matcher(token);
			Matcher run = INITIALS_RUN.matcher(token);
			if (single.matches()) {
				initials.add(single.group(1).toLowerCase(Locale.ROOT));
			}
			else if (run.matches()) {
				initials.add(run.group(1).toLowerCase(Locale.ROOT));
				initials.add(run.group(2).toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(initials);
	}

	/**
	 * For search as you type: the text without its last, unfinished word, and that word
	 * (letters and digits only; empty when the text ends with a space or a quote).
	 */
	public PartialWord partialWord() {
		int end = this.text.length();
		int start = end;
		while (start > 0 && Character.isLetterOrDigit(this.text.codePointBefore(start))) {
			start = this.text.offsetByCodePoints(start, -1);
		}
		if (start == end || countQuotes(this.text.substring(0, start)) % 2 == 1) {
			return new PartialWord(this.text, "");
		}
		return new PartialWord(this.text.substring(0, start).strip(), this.text.substring(start));
	}

	private List<String> tokens() {
		return List.of(this.text.split(" ")).stream().filter((token) -> !token.isBlank()).toList();
	}

	private static boolean isInitial(String token) {
		return INITIAL.matcher(token).matches() || INITIALS_RUN.matcher(token).matches();
	}

	private static long countQuotes(String text) {
		return text.chars().filter((c) -> c == '"').count();
	}

	private static String oldStyleArxiv(String id) {
		int slash = id.indexOf('/');
		String archive = id.substring(0, slash);
		int dot = archive.indexOf('.');
		String normalised = (dot < 0) ? archive.toLowerCase(Locale.ROOT)
				: archive.substring(0, dot).toLowerCase(Locale.ROOT) + archive.substring(dot).toUpperCase(Locale.ROOT);
		return normalised + id.substring(slash);
	}

	/** The kinds of identifier that lead straight to a record. */
	public enum IdentifierType {

		ORCID, OPENALEX, DOI, ARXIV

	}

	/**
	 * @param value the identifier in its stored form (ORCID with dashes, DOI lower case)
	 * @param kind for OpenAlex ids, the kind of record the prefix names
	 */
	public record Identifier(IdentifierType type, String value, CatalogKind kind) {

	}

	/** The text before the word being typed, and that word. */
	public record PartialWord(String head, String last) {

	}

}
