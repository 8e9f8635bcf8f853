package org.peerscope.work;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.text.Normalizer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The citation formats works can be downloaded in.
 */
enum CitationFormat {

	BIBTEX("bibtex", "application/x-bibtex", "bib"), RIS("ris", "application/x-research-info-systems", "ris"),
	CSL_JSON("csl-json", "application/vnd.citationstyles.csl+json", "json");

	private final String param;

	private final String contentType;

	private final String extension;

	CitationFormat(String param, String contentType, String extension) {
		this.param = param;
		this.contentType = contentType;
		this.extension = extension;
	}

	static Optional<CitationFormat> fromParam(String value) {
		for (CitationFormat format : values()) {
			if (format.param.equalsIgnoreCase(String.valueOf(value).strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	String contentType() {
		return this.contentType;
	}

	String fileName(String baseName) {
		return baseName + "." + this.extension;
	}

	String write(List<CitationRecord> records, JsonMapper json) {
		return switch (this) {
			case BIBTEX -> bibtex(records);
			case RIS -> ris(records);
			case CSL_JSON -> json.writeValueAsString(records.stream().map(CitationFormat::csl).toList());
		};
	}

	// BibTeX

	static String bibtex(List<CitationRecord> records) {
		StringBuilder out = new StringBuilder();
		Set<String> usedKeys = new HashSet<>();
		for (CitationRecord record : records) {
			String citeKey = citeKey(record);
			String unique = citeKey;
			for (int i = 2; !usedKeys.add(unique); i++) {
				unique = citeKey + "-" + i;
			}
			out.append('@').append(bibtexType(record.type())).append('{').append(unique).append(",\n");
			field(out, "title", escapeBibtex(record.title()));
			if (!record.authors().isEmpty()) {
				field(out, "author", String.join(" and ", record.authors().stream().map((name) -> {
					String escaped = escapeBibtex(name);
					// A name that contains " and " must not be split into two authors.
					return name.toLowerCase(Locale.ROOT).contains(" and ") ? "{" + escaped + "}" : escaped;
				}).toList()));
			}
			if (record.year() != null) {
				field(out, "year", String.valueOf(record.year()));
			}
			if (record.date() != null) {
				field(out, "month", String.valueOf(record.date().getMonthValue()));
			}
			if (record.venue() != null) {
				String venueField = switch (bibtexType(record.type())) {
					case "article" -> "journal";
					case "incollection" -> "booktitle";
					case "techreport", "phdthesis" -> "institution";
					default -> "howpublished";
				};
				field(out, venueField, escapeBibtex(record.venue()));
			}
			if (record.doi() != null) {
				field(out, "doi", verbatim(record.doi()));
			}
			if (record.arxivId() != null) {
				field(out, "eprint", verbatim(record.arxivId()));
				field(out, "archiveprefix", "arXiv");
			}
			field(out, "url", verbatim(record.url()));
			out.append("}\n\n");
		}
		return out.toString();
	}

	private static void field(StringBuilder out, String name, String value) {
		out.append("  ").append(name).append(" = {").append(value).append("},\n");
	}

	private static String bibtexType(String type) {
		return switch (type) {
			case "article", "review", "letter", "editorial" -> "article";
			case "book" -> "book";
			case "book-chapter" -> "incollection";
			case "dissertation" -> "phdthesis";
			case "report" -> "techreport";
			default -> "misc";
		};
	}

	/** Escapes the characters that mean something to TeX; braces stay balanced. */
	static String escapeBibtex(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : oneLine(text).toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\textbackslash{}");
				case '{' -> out.append("\\{");
				case '}' -> out.append("\\}");
				case '$', '&', '%', '#', '_' -> out.append('\\').append(c);
				case '~' -> out.append("\\textasciitilde{}");
				case '^' -> out.append("\\textasciicircum{}");
				case '@' -> out.append("{@}");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Identifiers and URLs are copied as they are, except what would unbalance the field.
	 */
	private static String verbatim(String text) {
		return oneLine(text).replace("%", "%25").replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C");
	}

	private static String citeKey(CitationRecord record) {
		String family = record.authors().isEmpty() ? "anon" : familyName(record.authors().get(0));
		String ascii = Normalizer.normalize(family, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "");
		if (ascii.isEmpty()) {
			ascii = "anon";
		}
		return ascii.toLowerCase(Locale.ROOT) + ((record.year() != null) ? record.year() : "") + "-"
				+ record.key().toLowerCase(Locale.ROOT);
	}

	// RIS

	static String ris(List<CitationRecord> records) {
		StringBuilder out = new StringBuilder();
		for (CitationRecord record : records) {
			ris(out, "TY", risType(record.type()));
			ris(out, "TI", record.title());
			for (String author : record.authors()) {
				ris(out, "AU", author);
			}
			if (record.year() != null) {
				ris(out, "PY", String.valueOf(record.year()));
			}
			if (record.date() != null) {
				ris(out, "DA", String.format("%04d/%02d/%02d", record.date().getYear(), record.date().getMonthValue(),
						record.date().getDayOfMonth()));
			}
			if (record.venue() != null) {
				ris(out, "T2", record.venue());
			}
			if (record.doi() != null) {
				ris(out, "DO", record.doi());
			}
			if (record.arxivId() != null) {
				ris(out, "M1", "arXiv:" + record.arxivId());
			}
			if (record.abstractText() != null) {
				ris(out, "AB", record.abstractText());
			}
			ris(out, "UR", record.url());
			ris(out, "ID", record.key());
			out.append("ER  - \r\n\r\n");
		}
		return out.toString();
	}

	private static void ris(StringBuilder out, String tag, String value) {
		out.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
	}

	private static String risType(String type) {
		return switch (type) {
			case "article", "review", "letter", "editorial" -> "JOUR";
			case "preprint" -> "UNPB";
			case "book" -> "BOOK";
			case "book-chapter" -> "CHAP";
			case "dataset" -> "DATA";
			case "dissertation" -> "THES";
			case "report" -> "RPRT";
			case "standard" -> "STAND";
			default -> "GEN";
		};
	}

	// CSL-JSON

	private static Map<String, Object> csl(CitationRecord record) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", record.key());
		item.put("type", cslType(record.type()));
		item.put("title", record.title());
		List<Map<String, String>> authors = new ArrayList<>();
		for (String name : record.authors()) {
			String family = familyName(name);
			String given = name.strip().substring(0, name.strip().length() - family.length()).strip();
			Map<String, String> author = new LinkedHashMap<>();
			if (given.isEmpty()) {
				author.put("literal", name.strip());
			}
			else {
				// In this order in every export: Map.of would change it from one start of
				// the application to the next.
				author.put("family", family);
				author.put("given", given);
			}
			authors.add(author);
		}
		if (!authors.isEmpty()) {
			item.put("author", authors);
		}
		if (record.date() != null) {
			item.put("issued", Map.of("date-parts", List
				.of(List.of(record.date().getYear(), record.date().getMonthValue(), record.date().getDayOfMonth()))));
		}
		else if (record.year() != null) {
			item.put("issued", Map.of("date-parts", List.of(List.of(record.year()))));
		}
		if (record.venue() != null) {
			item.put("container-title", record.venue());
		}
		if (record.doi() != null) {
			item.put("DOI", record.doi());
		}
		if (record.arxivId() != null) {
			item.put("number", "arXiv:" + record.arxivId());
		}
		if (record.abstractText() != null) {
			item.put("abstract", record.abstractText());
		}
		item.put("URL", record.url());
		return item;
	}

	private static String cslType(String type) {
		return switch (type) {
			case "article", "letter", "editorial" -> "article-journal";
			case "preprint" -> "article";
			case "book" -> "book";
			case "book-chapter" -> "chapter";
			case "dataset" -> "dataset";
			case "dissertation" -> "thesis";
			case "report" -> "report";
			case "review" -> "review";
			case "standard" -> "standard";
			default -> "document";
		};
	}

	/** The last word of a printed name ("Ada Whitfield" → "Whitfield"). */
	private static String familyName(String name) {
		String stripped = name.strip();
		int space = stripped.lastIndexOf(' ');
		return (space < 0) ? stripped : stripped.substring(space + 1);
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n\\t]+", " ").strip();
	}

}
