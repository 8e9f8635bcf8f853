package org.peerscope.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Maps OpenAlex records (authors, works, institutions, sources, topics, as in the
 * snapshot and the API) to staging rows. Records another record refers to (a work's
 * venue, an authorship's institutions, topics) are staged as references: created when
 * missing, never overwriting the whole record.
 */
final class OpenAlexMapper {

	/** OpenAlex work types, including the Crossref types of older snapshots. */
	private static final Map<String, String> WORK_TYPES = workTypes();

	/** The title of a work whose record has none. */
	static final String UNTITLED = "[Untitled]";

	private final ObjectMapper json;

	OpenAlexMapper(ObjectMapper json) {
		this.json = json;
	}

	/** What a record is, from the letter of its id. */
	enum Entity {

		AUTHOR, WORK, INSTITUTION, SOURCE, TOPIC, UNSUPPORTED

	}

	/** The record's OpenAlex key ({@code W123}); a record without one is bad. */
	static String key(JsonNode record) {
		String id = Json.text(record, "id");
		if (id == null) {
			throw new BadRecordException("record without an id");
		}
		String key = Identifiers.openalex(id);
		if (key == null) {
			throw new BadRecordException("not an OpenAlex id: " + clip(id));
		}
		return key;
	}

	static Entity entity(String key) {
		return switch (key.charAt(0)) {
			case 'A' -> Entity.AUTHOR;
			case 'W' -> Entity.WORK;
			case 'I' -> Entity.INSTITUTION;
			case 'S' -> Entity.SOURCE;
			case 'T' -> Entity.TOPIC;
			default -> Entity.UNSUPPORTED;
		};
	}

	/**
	 * Stages a whole record.
	 * @param fallbackDate the date of the snapshot partition the record came from, used
	 * when the record carries no {@code updated_date}
	 */
	void stage(String key, JsonNode record, long hash, LocalDate fallbackDate, StagedBatch batch) {
		LocalDate updated = Json.date(Json.text(record, "updated_date"));
		if (updated == null) {
			updated = Json.date(Json.text(record, "updated"));
		}
		if (updated == null) {
			updated = fallbackDate;
		}
		switch (entity(key)) {
			case AUTHOR -> author(key, record, hash, updated, batch);
			case WORK -> work(key, record, hash, updated, batch);
			case INSTITUTION -> institution(key, record, hash, updated, batch, true);
			case SOURCE -> source(key, record, hash, updated, batch, true);
			case TOPIC -> topic(key, record, hash, updated, batch, true);
			default -> throw new IllegalArgumentException("not a supported entity: " + key);
		}
		batch.addedRecord(key);
	}

	private void author(String key, JsonNode record, long hash, LocalDate updated, StagedBatch batch) {
		String name = Json.clip(Json.text(record, "display_name"), 500);
		if (name == null) {
			throw new BadRecordException("author " + key + " without a display_name");
		}
		Set<String> alternatives = new LinkedHashSet<>();
		for (String alternative : Json.texts(record, "display_name_alternatives")) {
			String clipped = Json.clip(alternative, 500);
			if (clipped != null && alternatives.size() < 1000) {
				alternatives.add(clipped);
			}
		}
		String orcid = Identifiers.orcid(Json.text(record, "orcid"));
		if (orcid == null) {
			orcid = Identifiers.orcid(Json.text(Json.object(record, "ids"), "orcid"));
		}
		// Affiliations with years (current API and snapshot); older snapshots have only
		// the last known institution.
		Map<String, short[]> years = new LinkedHashMap<>();
		for (JsonNode affiliation : Json.array(record, "affiliations")) {
			String institution = referenceInstitution(Json.object(affiliation, "institution"), batch);
			if (institution == null) {
				continue;
			}
			short[] span = years.computeIfAbsent(institution, (k) -> new short[] { 0, 0 });
			for (JsonNode year : Json.array(affiliation, "years")) {
				Short value = Identifiers.year(year.isNumber() ? year.asInt() : null);
				if (value != null) {
					span[0] = (span[0] == 0) ? value : (short) Math.min(span[0], value);
					span[1] = (short) Math.max(span[1], value);
				}
			}
		}
		String lastKnown = null;
		List<JsonNode> lastKnownInstitutions = Json.array(record, "last_known_institutions");
		if (!lastKnownInstitutions.isEmpty()) {
			lastKnown = referenceInstitution(lastKnownInstitutions.get(0), batch);
		}
		if (lastKnown == null) {
			lastKnown = referenceInstitution(Json.object(record, "last_known_institution"), batch);
		}
		if (lastKnown != null) {
			years.putIfAbsent(lastKnown, new short[] { 0, 0 });
		}
		JsonNode stats = Json.object(record, "summary_stats");
		List<Map<String, Object>> countsByYear = new ArrayList<>();
		for (JsonNode count : Json.array(record, "counts_by_year")) {
			Integer year = Json.integer(count, "year");
			if (year != null) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("year", year);
				entry.put("works_count", Json.integer(count, "works_count"));
				entry.put("cited_by_count", Json.number(count, "cited_by_count"));
				countsByYear.add(entry);
			}
		}
		List<Map<String, Object>> topics = new ArrayList<>();
		for (JsonNode topic : Json.array(record, "topics")) {
			String topicKey = referenceTopic(topic, batch);
			if (topicKey != null) {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("id", topicKey);
				entry.put("display_name", Json.text(topic, "display_name"));
				entry.put("count", Json.integer(topic, "count"));
				topics.add(entry);
			}
		}
		LocalDate sourceDate = (updated != null) ? updated : Json.date(Json.text(record, "created_date"));
		batch.researchers.row(key, orcid, name, alternatives, lastKnown, updated, hash,
				nonNegative(Json.integer(record, "works_count")),
				nonNegative(firstNonNull(Json.number(record, "cited_by_count"), Json.number(stats, "cited_by_count"))),
				nonNegative(Json.integer(stats, "h_index")), nonNegative(Json.integer(stats, "i10_index")),
				nonNegative(Json.decimal(stats, "2yr_mean_citedness")), this.json.writeValueAsString(countsByYear),
				this.json.writeValueAsString(topics), sourceDate);
		years.forEach((institution, span) -> batch.affiliations.row(key, institution, (span[0] == 0) ? null : span[0],
				(span[1] == 0) ? null : span[1]));
	}

	private void work(String key, JsonNode record, long hash, LocalDate updated, StagedBatch batch) {
		String title = Json.clip(firstNonNull(Json.text(record, "title"), Json.text(record, "display_name")), 5000);
		if (title == null) {
			// Real OpenAlex records (grants, components) often have none; the work still
			// counts for its authors.
			title = UNTITLED;
		}
		String rawType = Json.text(record, "type");
		String type = (rawType == null) ? "other" : WORK_TYPES.get(rawType.toLowerCase(Locale.ROOT));
		if (type == null) {
			throw new BadRecordException("work " + key + " has an unknown type: " + clip(rawType));
		}
		LocalDate date = Json.date(Json.text(record, "publication_date"));
		Short year = Identifiers.year(Json.integer(record, "publication_year"));
		if (date != null && Identifiers.year(date.getYear()) == null) {
			date = null;
		}
		if (date != null) {
			year = (short) date.getYear();
		}
		String doi = Identifiers.doi(Json.text(record, "doi"));
		if (doi == null) {
			doi = Identifiers.doi(Json.text(Json.object(record, "ids"), "doi"));
		}
		JsonNode primaryLocation = Json.object(record, "primary_location");
		JsonNode venue = Json.object(primaryLocation, "source");
		if (venue == null) {
			// Snapshots before 2023 name the venue "host_venue".
			venue = Json.object(record, "host_venue");
		}
		String source = referenceSource(venue, batch);
		String venueName = (source == null) ? Json.clip(Json.text(venue, "display_name"), 2000) : null;
		String abstractText = Json.clip(AbstractText.rebuild(record.get("abstract_inverted_index")), 100_000);
		long citedBy = nonNegative(Json.number(record, "cited_by_count"), 0L);
		batch.works.row(key, key, null, doi, title, type, date, year, source, venueName, abstractText,
				Identifiers.language(Json.text(record, "language")), Math.min(citedBy, Integer.MAX_VALUE), updated,
				hash);
		List<JsonNode> authorships = Json.array(record, "authorships");
		for (int i = 0; i < authorships.size() && i < Short.MAX_VALUE; i++) {
			JsonNode authorship = authorships.get(i);
			JsonNode author = Json.object(authorship, "author");
			String rawName = Json
				.clip(firstNonNull(Json.text(authorship, "raw_author_name"), Json.text(author, "display_name")), 1000);
			if (rawName == null) {
				continue;
			}
			short order = (short) (i + 1);
			String position = Json.text(authorship, "author_position");
			if (position != null && !Set.of("first", "middle", "last").contains(position)) {
				position = null;
			}
			batch.authorships.row(key, order, rawName, Identifiers.openalex(Json.text(author, "id"), 'A'), position,
					Json.flag(authorship, "is_corresponding"));
			Set<String> institutions = new LinkedHashSet<>();
			for (JsonNode institution : Json.array(authorship, "institutions")) {
				String institutionKey = referenceInstitution(institution, batch);
				if (institutionKey != null && institutions.add(institutionKey)) {
					batch.authorshipInstitutions.row(key, order, institutionKey);
				}
			}
		}
		String primaryTopic = Identifiers.openalex(Json.text(Json.object(record, "primary_topic"), "id"), 'T');
		Set<String> topics = new LinkedHashSet<>();
		for (JsonNode topic : Json.array(record, "topics")) {
			String topicKey = referenceTopic(topic, batch);
			if (topicKey != null && topics.add(topicKey)) {
				double score = Math.max(0, Math.min(1, firstNonNull(Json.decimal(topic, "score"), 0.0)));
				batch.workTopics.row(key, topicKey, null, (float) score, topicKey.equals(primaryTopic));
			}
		}
		Set<Integer> years = new LinkedHashSet<>();
		for (JsonNode count : Json.array(record, "counts_by_year")) {
			Short countYear = Identifiers.year(Json.integer(count, "year"));
			Long cited = Json.number(count, "cited_by_count");
			if (countYear != null && cited != null && cited >= 0 && years.add(countYear.intValue())) {
				batch.workCitations.row(key, countYear, Math.min(cited, Integer.MAX_VALUE));
			}
		}
		for (String referenced : workKeys(Json.texts(record, "referenced_works"))) {
			batch.workReferences.row(key, referenced);
		}
		for (String related : workKeys(Json.texts(record, "related_works"))) {
			batch.relatedWorks.row(key, related);
		}
	}

	private void institution(String key, JsonNode record, long hash, LocalDate updated, StagedBatch batch,
			boolean full) {
		String name = Json.clip(Json.text(record, "display_name"), 1000);
		if (name == null) {
			throw new BadRecordException("institution " + key + " without a display_name");
		}
		String homepage = Json.clip(Json.text(record, "homepage_url"), 2000);
		String country = Identifiers.country(Json.text(record, "country_code"));
		if (country == null) {
			country = Identifiers.country(Json.text(Json.object(record, "geo"), "country_code"));
		}
		batch.institutions.row(key, Identifiers.ror(Json.text(record, "ror")), name, country,
				Identifiers.institutionType(Json.text(record, "type")), homepage, Identifiers.domain(homepage), updated,
				full ? hash : null, full);
	}

	private void source(String key, JsonNode record, long hash, LocalDate updated, StagedBatch batch, boolean full) {
		String name = Json.clip(Json.text(record, "display_name"), 1000);
		if (name == null) {
			throw new BadRecordException("source " + key + " without a display_name");
		}
		batch.sources.row(key, Identifiers.issn(Json.text(record, "issn_l")), name,
				Json.clip(Json.text(record, "type"), 100), Json.clip(Json.text(record, "host_organization_name"), 1000),
				Json.clip(Json.text(record, "homepage_url"), 2000), updated, full ? hash : null, full);
	}

	private void topic(String key, JsonNode record, long hash, LocalDate updated, StagedBatch batch, boolean full) {
		String name = Json.clip(Json.text(record, "display_name"), 500);
		if (name == null) {
			throw new BadRecordException("topic " + key + " without a display_name");
		}
		batch.topics.row(key, null, name, Json.clip(Json.text(record, "description"), 5000),
				Json.clip(Json.text(Json.object(record, "subfield"), "display_name"), 500),
				Json.clip(Json.text(Json.object(record, "field"), "display_name"), 500),
				Json.clip(Json.text(Json.object(record, "domain"), "display_name"), 500), updated, full ? hash : null,
				full);
	}

	/** Stages a referenced institution (once per batch); returns its key or null. */
	private String referenceInstitution(JsonNode institution, StagedBatch batch) {
		String key = Identifiers.openalex(Json.text(institution, "id"), 'I');
		if (key == null || Json.clip(Json.text(institution, "display_name"), 1000) == null) {
			return null;
		}
		if (batch.firstReference(key)) {
			institution(key, institution, 0, null, batch, false);
		}
		return key;
	}

	private String referenceSource(JsonNode source, StagedBatch batch) {
		String key = Identifiers.openalex(Json.text(source, "id"), 'S');
		if (key == null || Json.clip(Json.text(source, "display_name"), 1000) == null) {
			return null;
		}
		if (batch.firstReference(key)) {
			source(key, source, 0, null, batch, false);
		}
		return key;
	}

	private String referenceTopic(JsonNode topic, StagedBatch batch) {
		String key = Identifiers.openalex(Json.text(topic, "id"), 'T');
		if (key == null || Json.clip(Json.text(topic, "display_name"), 500) == null) {
			return null;
		}
		if (batch.firstReference(key)) {
			topic(key, topic, 0, null, batch, false);
		}
		return key;
	}

	private static Set<String> workKeys(List<String> urls) {
		Set<String> keys = new LinkedHashSet<>();
		for (String url : urls) {
			String key = Identifiers.openalex(url, 'W');
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static <T> T firstNonNull(T first, T second) {
		return (first != null) ? first : second;
	}

	private static Integer nonNegative(Integer value) {
		return (value == null || value < 0) ? null : value;
	}

	private static Long nonNegative(Long value) {
		return (value == null || value < 0) ? null : value;
	}

	private static long nonNegative(Long value, long fallback) {
		return (value == null || value < 0) ? fallback : value;
	}

	private static Double nonNegative(Double value) {
		return (value == null || value < 0 || value.isNaN() || value.isInfinite()) ? null : value;
	}

	private static String clip(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "…" : text;
	}

	private static Map<String, String> workTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		for (String type : List.of("article", "preprint", "book", "book-chapter", "dataset", "dissertation", "review",
				"report", "editorial", "letter", "erratum", "paratext", "peer-review", "reference-entry", "standard",
				"grant", "libguides", "supplementary-materials", "retraction", "other")) {
			types.put(type, type);
		}
		// Crossref types, used by OpenAlex before 2023.
		types.put("journal-article", "article");
		types.put("proceedings-article", "article");
		types.put("posted-content", "preprint");
		types.put("book-section", "book-chapter");
		types.put("book-part", "book-chapter");
		types.put("monograph", "book");
		types.put("edited-book", "book");
		types.put("reference-book", "book");
		types.put("book-set", "book");
		types.put("book-series", "book");
		types.put("book-track", "book-chapter");
		types.put("report-series", "report");
		types.put("component", "supplementary-materials");
		types.put("journal", "other");
		types.put("journal-issue", "other");
		types.put("journal-volume", "other");
		types.put("proceedings", "other");
		types.put("proceedings-series", "other");
		types.put("database", "dataset");
		types.put("report-component", "report");
		types.put("erratum", "erratum");
		return Map.copyOf(types);
	}

}
