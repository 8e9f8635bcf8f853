package org.peerscope.ingest;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Maps records of the arXiv metadata snapshot (JSON Lines) to preprints: title and
 * abstract cleaned of TeX accents, categories as topics, the first version's date, DOI
 * and journal reference, authors from {@code authors_parsed} as printed names. Authors
 * are never matched to researchers by name.
 */
final class ArxivMapper {

	private static final Pattern CATEGORY = Pattern.compile("^[a-z-]+(\\.[A-Za-z-]+)?$");

	private static final Map<String, String> ARCHIVES = Map.ofEntries(Map.entry("astro-ph", "Astrophysics"),
			Map.entry("cond-mat", "Condensed Matter"), Map.entry("gr-qc", "General Relativity and Quantum Cosmology"),
			Map.entry("hep-ex", "High Energy Physics - Experiment"),
			Map.entry("hep-lat", "High Energy Physics - Lattice"),
			Map.entry("hep-ph", "High Energy Physics - Phenomenology"),
			Map.entry("hep-th", "High Energy Physics - Theory"), Map.entry("math-ph", "Mathematical Physics"),
			Map.entry("nlin", "Nonlinear Sciences"), Map.entry("nucl-ex", "Nuclear Experiment"),
			Map.entry("nucl-th", "Nuclear Theory"), Map.entry("physics", "Physics"),
			Map.entry("quant-ph", "Quantum Physics"), Map.entry("math", "Mathematics"),
			Map.entry("cs", "Computer Science"), Map.entry("q-bio", "Quantitative Biology"),
			Map.entry("q-fin", "Quantitative Finance"), Map.entry("stat", "Statistics"),
			Map.entry("eess", "Electrical Engineering and Systems Science"), Map.entry("econ", "Economics"));

	private static final Map<String, String> CATEGORIES = Map.ofEntries(Map.entry("cs.AI", "Artificial Intelligence"),
			Map.entry("cs.CL", "Computation and Language"),
			Map.entry("cs.CV", "Computer Vision and Pattern Recognition"), Map.entry("cs.LG", "Machine Learning"),
			Map.entry("cs.CG", "Computational Geometry"), Map.entry("cs.DS", "Data Structures and Algorithms"),
			Map.entry("cs.IT", "Information Theory"), Map.entry("stat.ML", "Machine Learning (Statistics)"),
			Map.entry("math.CO", "Combinatorics"), Map.entry("math.AG", "Algebraic Geometry"),
			Map.entry("math.NT", "Number Theory"), Map.entry("math.PR", "Probability"),
			Map.entry("math.AP", "Analysis of PDEs"), Map.entry("cond-mat.mtrl-sci", "Materials Science"),
			Map.entry("cond-mat.str-el", "Strongly Correlated Electrons"),
			Map.entry("cond-mat.stat-mech", "Statistical Mechanics"),
			Map.entry("cond-mat.supr-con", "Superconductivity"),
			Map.entry("cond-mat.mes-hall", "Mesoscale and Nanoscale Physics"),
			Map.entry("astro-ph.CO", "Cosmology and Nongalactic Astrophysics"),
			Map.entry("astro-ph.GA", "Astrophysics of Galaxies"),
			Map.entry("astro-ph.SR", "Solar and Stellar Astrophysics"), Map.entry("physics.optics", "Optics"));

	private static final DateTimeFormatter VERSION_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

	/** The record's arXiv id; a record without one is bad. */
	static String key(JsonNode record) {
		String id = Json.text(record, "id");
		if (id == null) {
			throw new BadRecordException("record without an id");
		}
		String key = Identifiers.arxiv(id);
		if (key == null) {
			throw new BadRecordException("not an arXiv id: " + (id.length() > 80 ? id.substring(0, 80) : id));
		}
		return key;
	}

	void stage(String key, JsonNode record, long hash, StagedBatch batch) {
		String title = Json.clip(TexText.clean(Json.text(record, "title")), 5000);
		if (title == null) {
			throw new BadRecordException("arXiv " + key + " without a title");
		}
		String abstractText = Json.clip(TexText.clean(Json.text(record, "abstract")), 100_000);
		LocalDate submitted = null;
		List<JsonNode> versions = Json.array(record, "versions");
		if (!versions.isEmpty()) {
			submitted = versionDate(Json.text(versions.get(0), "created"));
		}
		LocalDate updated = Json.date(Json.text(record, "update_date"));
		if (submitted == null) {
			submitted = updated;
		}
		Short year = (submitted != null) ? Identifiers.year(submitted.getYear()) : null;
		if (year == null) {
			submitted = null;
		}
		String doi = Identifiers.doi(firstDoi(Json.text(record, "doi")));
		String journalRef = Json.clip(TexText.clean(Json.text(record, "journal-ref")), 2000);
		batch.works.row(key, null, key, doi, title, "preprint", submitted, year, null, journalRef, abstractText, null,
				0, updated, hash);
		List<JsonNode> authors = Json.array(record, "authors_parsed");
		for (int i = 0; i < authors.size() && i < Short.MAX_VALUE; i++) {
			String name = Json.clip(printedName(authors.get(i)), 1000);
			if (name != null) {
				String position = (i == 0) ? "first" : (i == authors.size() - 1) ? "last" : "middle";
				batch.authorships.row(key, (short) (i + 1), name, null, position, false);
			}
		}
		Set<String> categories = new LinkedHashSet<>();
		String categoryList = Json.text(record, "categories");
		if (categoryList != null) {
			for (String category : categoryList.strip().split("\\s+")) {
				if (CATEGORY.matcher(category).matches() && categories.add(category)) {
					if (batch.firstReference("arxiv:" + category)) {
						batch.topics.row(null, category, topicName(category), null, null, archiveName(category), null,
								null, null, false);
					}
					batch.workTopics.row(key, null, category, 1.0f, categories.size() == 1);
				}
			}
		}
		batch.addedRecord(key);
	}

	/** {@code ["Balázs", "C.", "Jr"]} → {@code C. Balázs Jr}. */
	static String printedName(JsonNode parsed) {
		if (parsed == null || !parsed.isArray()) {
			return null;
		}
		StringBuilder name = new StringBuilder();
		String last = part(parsed, 0);
		String first = part(parsed, 1);
		String suffix = part(parsed, 2);
		for (String part : new String[] { first, last, suffix }) {
			if (part != null) {
				if (!name.isEmpty()) {
					name.append(' ');
				}
				name.append(part);
			}
		}
		return name.isEmpty() ? null : name.toString();
	}

	private static String part(JsonNode parsed, int index) {
		JsonNode value = parsed.get(index);
		if (value == null || !value.isString()) {
			return null;
		}
		String cleaned = TexText.clean(value.stringValue());
		return (cleaned == null || cleaned.isEmpty()) ? null : cleaned;
	}

	private static String firstDoi(String doi) {
		return (doi == null) ? null : doi.strip().split("\\s+")[0];
	}

	static LocalDate versionDate(String text) {
		if (text == null) {
			return null;
		}
		try {
			return ZonedDateTime.parse(text.strip(), VERSION_DATE).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static String topicName(String category) {
		String name = CATEGORIES.get(category);
		if (name != null) {
			return name;
		}
		String archive = ARCHIVES.get(archive(category));
		return (archive != null) ? archive + " (" + category + ")" : category;
	}

	private static String archiveName(String category) {
		return ARCHIVES.getOrDefault(archive(category), archive(category).toUpperCase(Locale.ROOT));
	}

	private static String archive(String category) {
		int dot = category.indexOf('.');
		return (dot < 0) ? category : category.substring(0, dot);
	}

}
