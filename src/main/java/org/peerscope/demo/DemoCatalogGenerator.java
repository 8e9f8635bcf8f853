package org.peerscope.demo;

import java.sql.PreparedStatement;
import java.text.Normalizer;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.peerscope.demo.DemoFields.Field;
import org.peerscope.demo.DemoFields.Topic;
import org.peerscope.demo.DemoInstitutions.Institution;
import org.peerscope.demo.DemoNames.Tradition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes an invented but realistic catalogue: research groups at institutions, stable
 * co-author teams with links across institutions, heavy-tailed productivity and
 * citations, citations spread over the years after publication. The same seed and
 * reference year always give the same catalogue.
 */
@Component
class DemoCatalogGenerator {

	/** The Crossref test prefix: these DOIs can never clash with real ones. */
	static final String DOI_PREFIX = "10.5555/peerscope-demo.";

	private static final String PREPRINT_SERVER = "OpenScholar Preprints";

	private static final String DATA_REPOSITORY = "Open Data Commons Repository";

	private final JdbcTemplate jdbc;

	DemoCatalogGenerator(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record Sizes(int researchers, int works) {

		static final Sizes DEFAULT = new Sizes(330, 2200);

	}

	/**
	 * Writes the catalogue as of {@code today}; call inside a transaction on an empty
	 * catalogue.
	 */
	void generate(long seed, Sizes sizes, LocalDate today) {
		Random random = new Random(seed);
		int referenceYear = today.getYear();
		List<Long> institutionIds = insertInstitutions();
		List<FieldIds> fields = insertFieldsAndTopics();
		long preprintServer = insertSource(PREPRINT_SERVER, "repository");
		long dataRepository = insertSource(DATA_REPOSITORY, "repository");
		List<Group> groups = formGroups(random, sizes, fields, institutionIds, referenceYear);
		insertResearchers(random, groups, institutionIds, referenceYear);
		new WorkWriter(random, today, preprintServer, dataRepository).write(groups, sizes.works());
	}

	private List<Long> insertInstitutions() {
		List<Long> ids = new ArrayList<>();
		for (Institution institution : DemoInstitutions.ALL) {
			ids.add(insertReturningId(
					"""
							insert into institutions (display_name, country_code, institution_type, homepage_url, homepage_domain)
							values (?, ?, ?, ?, ?)""",
					(ps) -> {
						set(ps, 1, institution.name());
						set(ps, 2, institution.countryCode());
						set(ps, 3, institution.type());
						set(ps, 4, institution.homepage());
						set(ps, 5, institution.domain());
					}));
		}
		return ids;
	}

	private List<FieldIds> insertFieldsAndTopics() {
		List<FieldIds> fields = new ArrayList<>();
		for (Field field : DemoFields.ALL) {
			List<Long> topicIds = new ArrayList<>();
			for (Topic topic : field.topics()) {
				topicIds.add(insertReturningId("""
						insert into topics (display_name, description, subfield_name, field_name, domain_name)
						values (?, ?, ?, ?, ?)""", (ps) -> {
					set(ps, 1, topic.name());
					set(ps, 2, "Research on " + String.join(", ", topic.phrases()) + ".");
					set(ps, 3, topic.subfield());
					set(ps, 4, field.name());
					set(ps, 5, field.domain());
				}));
			}
			List<Long> venueIds = new ArrayList<>();
			for (String venue : field.venues()) {
				venueIds.add(insertSource(venue, venue.startsWith("Proceedings") ? "conference" : "journal"));
			}
			fields.add(new FieldIds(field, topicIds, venueIds));
		}
		return fields;
	}

	private long insertSource(String name, String type) {
		return insertReturningId("insert into sources (display_name, source_type) values (?, ?)", (ps) -> {
			set(ps, 1, name);
			set(ps, 2, type);
		});
	}

	private List<Group> formGroups(Random random, Sizes sizes, List<FieldIds> fields, List<Long> institutionIds,
			int referenceYear) {
		List<Group> groups = new ArrayList<>();
		Set<String> usedNames = new HashSet<>();
		int researchers = 0;
		while (researchers < sizes.researchers()) {
			FieldIds field = fields.get(random.nextInt(fields.size()));
			List<Integer> topicIndexes = new ArrayList<>();
			int topicCount = 2 + random.nextInt(2);
			while (topicIndexes.size() < Math.min(topicCount, field.topicIds().size())) {
				int index = random.nextInt(field.topicIds().size());
				if (!topicIndexes.contains(index)) {
					topicIndexes.add(index);
				}
			}
			Group group = new Group(field, topicIndexes, random.nextInt(institutionIds.size()), pareto(random, 1.2));
			int size = Math.min(3 + random.nextInt(6), sizes.researchers() - researchers);
			for (int i = 0; i < size; i++) {
				boolean lead = (i == 0);
				int careerStart = lead ? 1992 + random.nextInt(18) : 2005 + random.nextInt(referenceYear - 2007);
				group.members.add(new Member(uniqueName(random, usedNames), careerStart, group));
			}
			researchers += size;
			groups.add(group);
		}
		// Partner groups give the cross-group and cross-institution co-authorships.
		for (Group group : groups) {
			int partners = 1 + random.nextInt(2);
			for (int i = 0; i < partners; i++) {
				Group partner = groups.get(random.nextInt(groups.size()));
				if (partner != group) {
					group.partners.add(partner);
				}
			}
		}
		return groups;
	}

	private PersonName uniqueName(Random random, Set<String> usedNames) {
		while (true) {
			Tradition tradition = DemoNames.ALL.get(random.nextInt(DemoNames.ALL.size()));
			String given = pick(random, tradition.givenNames());
			String family = pick(random, tradition.familyNames());
			PersonName name = new PersonName(given, family, tradition.familyNameFirst());
			if (usedNames.add(name.displayName())) {
				return name;
			}
		}
	}

	private void insertResearchers(Random random, List<Group> groups, List<Long> institutionIds, int referenceYear) {
		List<Member> members = groups.stream().flatMap((group) -> group.members.stream()).toList();
		List<Long> ids = reserveIds("researchers", members.size());
		List<Object[]> researchers = new ArrayList<>();
		List<Object[]> affiliations = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			Member member = members.get(i);
			member.id = ids.get(i);
			boolean affiliationImported = random.nextDouble() >= 0.08;
			Long current = affiliationImported ? institutionIds.get(member.group.institutionIndex) : null;
			String orcid = (random.nextDouble() < 0.72) ? orcid(random) : null;
			boolean open = random.nextDouble() < 0.35;
			researchers.add(new Object[] { member.id, member.name.displayName(),
					member.name.alternatives().toArray(String[]::new), orcid, open, current });
			if (!affiliationImported) {
				continue;
			}
			int joined = member.careerStart;
			if (random.nextDouble() < 0.25) {
				long previous = institutionIds.get(random.nextInt(institutionIds.size()));
				if (previous != current) {
					joined = Math.min(referenceYear, member.careerStart + 2 + random.nextInt(6));
					affiliations.add(new Object[] { member.id, previous, member.careerStart,
							Math.max(member.careerStart, joined - 1) });
				}
			}
			affiliations.add(new Object[] { member.id, current, joined, referenceYear });
		}
		this.jdbc.batchUpdate("""
				insert into researchers (id, display_name, alternative_names, orcid, open_to_collaborate,
				    last_known_institution_id) overriding system value values (?, ?, ?, ?, ?, ?)""", researchers);
		this.jdbc.batchUpdate("""
				insert into researcher_affiliations (researcher_id, institution_id, first_year, last_year)
				values (?, ?, ?, ?)""", affiliations);
	}

	/**
	 * Draws identity values up front, so rows that refer to each other can be written in
	 * batches.
	 */
	private List<Long> reserveIds(String table, int count) {
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, table, count);
	}

	/**
	 * A syntactically valid ORCID iD (ISO 7064 11,2 check digit) in the range ORCID
	 * issues.
	 */
	static String orcid(Random random) {
		String digits = "000" + (1 + random.nextInt(2)) + String.format("%011d", (long) (random.nextDouble() * 1e11));
		int total = 0;
		for (char digit : digits.toCharArray()) {
			total = (total + (digit - '0')) * 2;
		}
		int check = (12 - total % 11) % 11;
		String all = digits + ((check == 10) ? "X" : String.valueOf(check));
		return all.substring(0, 4) + "-" + all.substring(4, 8) + "-" + all.substring(8, 12) + "-" + all.substring(12);
	}

	private long insertReturningId(String sql, StatementBinder binder) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement ps = connection.prepareStatement(sql, new String[] { "id" });
			binder.bind(ps);
			return ps;
		}, keys);
		return keys.getKeyAs(Long.class);
	}

	private static void set(PreparedStatement ps, int index, String value) throws SQLException {
		ps.setString(index, value);
	}

	static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A heavy-tailed positive number with minimum 1. */
	static double pareto(Random random, double alpha) {
		return Math.pow(1 - random.nextDouble(), -1 / alpha);
	}

	@FunctionalInterface
	private interface StatementBinder {

		void bind(PreparedStatement ps) throws SQLException;

	}

	record FieldIds(Field field, List<Long> topicIds, List<Long> venueIds) {
	}

	record PersonName(String given, String family, boolean familyNameFirst) {

		String displayName() {
			return this.given + " " + this.family;
		}

		/** Other forms the name appears in on papers. */
		List<String> alternatives() {
			Set<String> forms = new LinkedHashSet<>();
			forms.add(this.given.charAt(0) + ". " + this.family);
			if (this.familyNameFirst) {
				forms.add(this.family + " " + this.given);
			}
			else {
				forms.add(this.family + ", " + this.given);
			}
			String plain = Normalizer.normalize(displayName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			if (!plain.equals(displayName())) {
				forms.add(plain);
			}
			return List.copyOf(forms);
		}

	}

	static final class Group {

		final FieldIds field;

		final List<Integer> topicIndexes;

		final int institutionIndex;

		final double productivity;

		final List<Member> members = new ArrayList<>();

		final List<Group> partners = new ArrayList<>();

		Group(FieldIds field, List<Integer> topicIndexes, int institutionIndex, double productivity) {
			this.field = field;
			this.topicIndexes = topicIndexes;
			this.institutionIndex = institutionIndex;
			this.productivity = productivity;
		}

		int foundedYear() {
			return this.members.stream().mapToInt((member) -> member.careerStart).min().orElseThrow();
		}

	}

	static final class Member {

		final PersonName name;

		final int careerStart;

		final Group group;

		long id;

		Member(PersonName name, int careerStart, Group group) {
			this.name = name;
			this.careerStart = careerStart;
			this.group = group;
		}

	}

	/** Writes works with their bylines, topics and yearly citations. */
	private final class WorkWriter {

		private final Random random;

		private final LocalDate today;

		private final int referenceYear;

		private final long preprintServer;

		private final long dataRepository;

		private final DemoTexts texts;

		private final List<Object[]> works = new ArrayList<>();

		private final List<Object[]> authorships = new ArrayList<>();

		private final List<Object[]> workTopics = new ArrayList<>();

		private final List<Object[]> citationCounts = new ArrayList<>();

		WorkWriter(Random random, LocalDate today, long preprintServer, long dataRepository) {
			this.random = random;
			this.today = today;
			this.referenceYear = today.getYear();
			this.preprintServer = preprintServer;
			this.dataRepository = dataRepository;
			this.texts = new DemoTexts(random);
		}

		void write(List<Group> groups, int workCount) {
			double totalWeight = groups.stream().mapToDouble((group) -> group.productivity).sum();
			List<Long> ids = reserveIds("works", workCount);
			for (int n = 1; n <= workCount; n++) {
				writeWork(n, ids.get(n - 1), chooseGroup(groups, totalWeight));
			}
			flush("""
					insert into works (id, title, work_type, publication_date, publication_year, source_id, venue_name,
					    doi, abstract, language, cited_by_count)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', ?)""", this.works);
			flush("insert into authorships (work_id, author_order, raw_author_name, researcher_id, author_position, "
					+ "is_corresponding) values (?, ?, ?, ?, ?, ?)", this.authorships);
			flush("insert into work_topics (work_id, topic_id, score, is_primary) values (?, ?, ?, ?)",
					this.workTopics);
			flush("insert into work_citation_counts (work_id, year, cited_by_count) values (?, ?, ?)",
					this.citationCounts);
		}

		private Group chooseGroup(List<Group> groups, double totalWeight) {
			double target = this.random.nextDouble() * totalWeight;
			for (Group group : groups) {
				target -= group.productivity;
				if (target <= 0) {
					return group;
				}
			}
			return groups.get(groups.size() - 1);
		}

		private void writeWork(int number, long workId, Group group) {
			int year = publicationYear(group);
			String type = workType();
			Field field = group.field.field();
			int topicIndex = group.topicIndexes.get(this.random.nextInt(group.topicIndexes.size()));
			Topic topic = field.topics().get(topicIndex);
			String title = this.texts.title(field, topic, type);
			String abstractText = (this.random.nextDouble() < 0.92) ? this.texts.abstractText(field, topic) : null;
			int daysAvailable = (year == this.referenceYear) ? this.today.getDayOfYear()
					: LocalDate.of(year, 1, 1).lengthOfYear();
			LocalDate date = (this.random.nextDouble() < 0.95)
					? LocalDate.of(year, 1, 1).plusDays(this.random.nextInt(daysAvailable)) : null;
			int citations = citations(year, type);
			Long sourceId = switch (type) {
				case "preprint" -> this.preprintServer;
				case "dataset" -> this.dataRepository;
				case "article", "review" -> pick(this.random, group.field.venueIds());
				default -> null;
			};
			String venueName = switch (type) {
				case "book-chapter" -> "Handbook of " + topic.name();
				case "dissertation", "report" -> DemoInstitutions.ALL.get(group.institutionIndex).name();
				default -> null;
			};
			String doi = (this.random.nextDouble() < 0.85) ? DOI_PREFIX + year + "." + number : null;
			this.works.add(new Object[] { workId, title, type, date, year, sourceId, venueName, doi, abstractText,
					citations });
			addByline(workId, group, year);
			addTopics(workId, group, topicIndex);
			addCitationsByYear(workId, year, citations);
		}

		private int publicationYear(Group group) {
			int earliest = Math.max(group.foundedYear(), this.referenceYear - 25);
			// Output grows over time: most works are recent.
			int back = (int) Math.min(this.referenceYear - earliest, -Math.log(1 - this.random.nextDouble()) * 6);
			return this.referenceYear - back;
		}

		private String workType() {
			double roll = this.random.nextDouble();
			if (roll < 0.56) {
				return "article";
			}
			if (roll < 0.74) {
				return "preprint";
			}
			if (roll < 0.83) {
				return "book-chapter";
			}
			if (roll < 0.91) {
				return "dataset";
			}
			if (roll < 0.95) {
				return "review";
			}
			return (roll < 0.98) ? "report" : "dissertation";
		}

		/**
		 * Log-normal with an occasional breakthrough, growing with age, scaled by type.
		 */
		private int citations(int year, String type) {
			double age = Math.min(1, (this.referenceYear - year + 0.5) / 6);
			double typeFactor = switch (type) {
				case "review" -> 2.5;
				case "article" -> 1;
				case "preprint" -> 0.6;
				case "book-chapter" -> 0.5;
				case "dataset" -> 0.4;
				default -> 0.25;
			};
			double base = Math.exp(1.5 + 1.35 * this.random.nextGaussian());
			double breakthrough = (this.random.nextDouble() < 0.015) ? 15 : 1;
			return (int) Math.min(20_000, Math.round(base * age * typeFactor * breakthrough));
		}

		private void addByline(long workId, Group group, int year) {
			List<Member> active = group.members.stream().filter((member) -> member.careerStart <= year).toList();
			if (active.isEmpty()) {
				active = List.of(group.members.get(0));
			}
			Member lead = active.get(0);
			List<String> byline = new ArrayList<>();
			List<Long> researcherIds = new ArrayList<>();
			List<Member> others = new ArrayList<>(active.subList(1, active.size()));
			Collections.shuffle(others, this.random);
			int coauthors = Math.min(others.size(), 1 + (int) (-Math.log(1 - this.random.nextDouble()) * 1.6));
			for (Member member : others.subList(0, coauthors)) {
				byline.add(member.name.displayName());
				researcherIds.add(member.id);
			}
			if (!group.partners.isEmpty() && this.random.nextDouble() < 0.25) {
				Group partner = pick(this.random, group.partners);
				Member guest = pick(this.random, partner.members);
				if (!researcherIds.contains(guest.id)) {
					byline.add(guest.name.displayName());
					researcherIds.add(guest.id);
				}
			}
			int external = (this.random.nextDouble() < 0.3) ? 1 + this.random.nextInt(3) : 0;
			if (this.random.nextDouble() < 0.01) {
				external = 60 + this.random.nextInt(90);
			}
			for (int i = 0; i < external; i++) {
				int position = byline.isEmpty() ? 0 : 1 + this.random.nextInt(byline.size());
				byline.add(position, externalName(i));
				researcherIds.add(position, null);
			}
			boolean leadLast = this.random.nextDouble() < 0.7 || byline.isEmpty();
			byline.add(leadLast ? byline.size() : 0, lead.name.displayName());
			researcherIds.add(leadLast ? researcherIds.size() : 0, lead.id);
			for (int i = 0; i < byline.size(); i++) {
				String position = (i == 0) ? "first" : (i == byline.size() - 1) ? "last" : "middle";
				boolean corresponding = Objects.equals(researcherIds.get(i), lead.id);
				this.authorships.add(new Object[] { workId, i + 1, byline.get(i), researcherIds.get(i),
						byline.size() == 1 ? "first" : position, corresponding });
			}
		}

		private String externalName(int index) {
			String base = pick(this.random, DemoNames.EXTERNAL_AUTHORS);
			return (index < DemoNames.EXTERNAL_AUTHORS.size()) ? base : base + " " + (char) ('A' + index % 26) + ".";
		}

		private void addTopics(long workId, Group group, int primaryIndex) {
			List<Long> topicIds = group.field.topicIds();
			this.workTopics
				.add(new Object[] { workId, topicIds.get(primaryIndex), 0.9f + this.random.nextFloat() * 0.09f, true });
			int secondary = this.random.nextInt(3);
			Set<Integer> used = new HashSet<>(List.of(primaryIndex));
			for (int i = 0; i < secondary; i++) {
				int index = this.random.nextInt(topicIds.size());
				if (used.add(index)) {
					this.workTopics.add(new Object[] { workId, topicIds.get(index),
							0.5f + this.random.nextFloat() * 0.35f, false });
				}
			}
		}

		/**
		 * Spreads the citations over the years since publication: a rise, then a slow
		 * decline.
		 */
		private void addCitationsByYear(long workId, int year, int citations) {
			int years = this.referenceYear - year + 1;
			double[] weights = new double[years];
			double total = 0;
			for (int t = 0; t < years; t++) {
				weights[t] = (t + 1) * Math.exp(-t / 4.0);
				total += weights[t];
			}
			// Largest-remainder rounding keeps the yearly counts summing to the total.
			int[] counts = new int[years];
			double[] remainders = new double[years];
			int assigned = 0;
			for (int t = 0; t < years; t++) {
				double share = citations * weights[t] / total;
				counts[t] = (int) share;
				remainders[t] = share - counts[t];
				assigned += counts[t];
			}
			while (assigned < citations) {
				int largest = 0;
				for (int t = 1; t < years; t++) {
					if (remainders[t] > remainders[largest]) {
						largest = t;
					}
				}
				counts[largest]++;
				remainders[largest] = -1;
				assigned++;
			}
			for (int t = 0; t < years; t++) {
				if (counts[t] > 0) {
					this.citationCounts.add(new Object[] { workId, year + t, counts[t] });
				}
			}
		}

		private void flush(String sql, List<Object[]> rows) {
			DemoCatalogGenerator.this.jdbc.batchUpdate(sql, rows);
			rows.clear();
		}

	}

}
