package org.peerscope.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalises external identifiers to the forms the catalogue stores, or null. */
final class Identifiers {

	private static final Pattern OPENALEX = Pattern.compile("^[AWISTPFC][0-9]+$");

	private static final Pattern DOI = Pattern.compile("^10\\.[0-9]{4,9}/\\S+$");

	private static final Pattern ORCID = Pattern.compile("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$");

	private static final Pattern ROR = Pattern.compile("^0[a-z0-9]{6}[0-9]{2}$");

	private static final Pattern ISSN = Pattern.compile("^[0-9]{4}-[0-9]{3}[0-9X]$");

	private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");

	private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

	private static final Pattern ARXIV = Pattern.compile("^([0-9]{4}\\.[0-9]{4,5}|[a-z-]+(\\.[A-Z]{2})?/[0-9]{7})$");

	static final Set<String> INSTITUTION_TYPES = Set.of("education", "healthcare", "company", "archive", "nonprofit",
			"government", "facility", "funder", "other");

	private Identifiers() {
	}

	/** {@code https://openalex.org/A123} or {@code A123} → {@code A123}. */
	static String openalex(String idOrUrl) {
		if (idOrUrl == null) {
			return null;
		}
		String key = lastSegment(idOrUrl).toUpperCase(Locale.ROOT);
		return OPENALEX.matcher(key).matches() ? key : null;
	}

	/** The OpenAlex key if it names an entity of this kind (letter), else null. */
	static String openalex(String idOrUrl, char kind) {
		String key = openalex(idOrUrl);
		return (key != null && key.charAt(0) == kind) ? key : null;
	}

	static String doi(String text) {
		if (text == null) {
			return null;
		}
		String doi = text.strip().toLowerCase(Locale.ROOT);
		for (String prefix : new String[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
				"http://dx.doi.org/", "doi:" }) {
			if (doi.startsWith(prefix)) {
				doi = doi.substring(prefix.length());
			}
		}
		return (DOI.matcher(doi).matches() && doi.length() <= 1000) ? doi : null;
	}

	static String orcid(String text) {
		if (text == null) {
			return null;
		}
		String orcid = lastSegment(text).toUpperCase(Locale.ROOT);
		return ORCID.matcher(orcid).matches() ? orcid : null;
	}

	static String ror(String text) {
		if (text == null) {
			return null;
		}
		String ror = lastSegment(text).toLowerCase(Locale.ROOT);
		return ROR.matcher(ror).matches() ? ror : null;
	}

	static String issn(String text) {
		if (text == null) {
			return null;
		}
		String issn = text.strip().toUpperCase(Locale.ROOT);
		return ISSN.matcher(issn).matches() ? issn : null;
	}

	static String country(String text) {
		if (text == null) {
			return null;
		}
		String code = text.strip().toUpperCase(Locale.ROOT);
		return COUNTRY.matcher(code).matches() ? code : null;
	}

	static String language(String text) {
		if (text == null) {
			return null;
		}
		String code = text.strip().toLowerCase(Locale.ROOT);
		return LANGUAGE.matcher(code).matches() ? code : null;
	}

	static String arxiv(String text) {
		if (text == null) {
			return null;
		}
		String id = text.strip();
		if (id.toLowerCase(Locale.ROOT).startsWith("arxiv:")) {
			id = id.substring(6);
		}
		id = id.replaceFirst("v[0-9]+$", "");
		return ARXIV.matcher(id).matches() ? id : null;
	}

	static String institutionType(String text) {
		if (text == null) {
			return null;
		}
		String type = text.strip().toLowerCase(Locale.ROOT);
		return INSTITUTION_TYPES.contains(type) ? type : "other";
	}

	/** The host of a homepage, lower case, without {@code www.}. */
	static String domain(String url) {
		if (url == null) {
			return null;
		}
		try {
			String host = URI.create(url.strip()).getHost();
			if (host == null) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT);
			if (host.startsWith("www.")) {
				host = host.substring(4);
			}
			return (host.length() <= 253 && !host.isEmpty()) ? host : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static Short year(Integer year) {
		return (year != null && year >= 1500 && year <= 2200) ? year.shortValue() : null;
	}

	private static String lastSegment(String text) {
		String trimmed = text.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		int slash = trimmed.lastIndexOf('/');
		return (slash >= 0) ? trimmed.substring(slash + 1) : trimmed;
	}

}
