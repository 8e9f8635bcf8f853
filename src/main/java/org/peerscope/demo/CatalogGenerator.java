package org.peerscope.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.peerscope.demo.DemoFields.Field;
import org.peerscope.demo.DemoFields.Topic;
import org.peerscope.demo.DemoNames.Tradition;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes an invented but realistic catalogue straight into the database with
 * {@code COPY}: research groups at institutions, stable co-author teams with links across
 * groups and institutions, heavy-tailed productivity and citations spread over the years
 * after publication, authors outside the catalogue, some records without affiliation or
 * ORCID. Serves both the demo catalogue (a few hundred researchers) and benchmark corpora
 * (hundreds of thousands). The same seed, sizes and date always give the same catalogue.
 */
@Component
class CatalogGenerator {

	/** The Crossref test prefix: these DOIs can never clash with real ones. */
	static final String DOI_PREFIX = "10.5555/peerscope-demo.";

	/**
	 * Up to this many works, every title is different (beyond, the set of titles would
	 * cost too much memory).
	 */
	static final int DISTINCT_TITLES_UP_TO = 50_000;

	private static final int WORKS_PER_CHUNK = 20_000;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	CatalogGenerator(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	record Sizes(int researchers, int works) {

		static final Sizes DEMO = new Sizes(330, 2200);

		Sizes {
			if (researchers < 10 || works < researchers) {
				throw new IllegalArgumentException(
						"Need at least 10 researchers and at least as many works as researchers");
			}
		}

		int institutions() {
			return Math.max(DemoInstitutions.ALL.size(), this.researchers / 100);
		}

	}

	/**
	 * Writes the catalogue as of {@code today} into an empty catalogue. Call inside a
	 * transaction: it either lands whole or not at all.
	 */
	void generate(long seed, Sizes sizes, LocalDate today, Consumer<String> progress) {
		if (this.jdbc
			.sql("select exists (select 1 from researchers) or exists (select 1 from works) "
					+ "or exists (select 1 from institutions)")
			.query(Boolean.class)
			.single()) {
			throw new IllegalStateException("The catalogue is not empty; generate into an empty database.");
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Random random = new Random(seed);
			Catalogue catalogue = new Catalogue(random, sizes, today);
			catalogue.writeInstitutions(copy);
			catalogue.writeTopicsAndVenues(copy);
			catalogue.formGroups();
			catalogue.writeResearchers(copy);
			progress.accept(String.format("%,d institutions, %,d topics, %,d researchers", sizes.institutions(),
					catalogue.topicCount, sizes.researchers()));
			catalogue.writeWorks(copy, progress);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not generate the catalogue: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		for (String table : List.of("institutions", "topics", "sources", "researchers", "works")) {
			this.jdbc
				.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
						+ "(select coalesce(max(id), 0) + 1 from " + table + "), false)")
				.query()
				.singleRow();
		}
	}

	/** A valid ORCID iD (ISO 7064 11,2 check digit), different for every index. */
	static String orcid(long index) {
		// 48271 is prime and coprime with 10^10, so distinct indexes give distinct
		// digits.
		String digits = "000" + (1 + index % 2) + String.format("%011d", index * 48_271L % 10_000_000_000L);
		int total = 0;
		for (char digit : digits.toCharArray()) {
			total = (total + (digit - '0')) * 2;
		}
		int check = (12 - total % 11) % 11;
		String all = digits + ((check == 10) ? "X" : String.valueOf(check));
		return all.substring(0, 4) + "-" + all.substring(4, 8) + "-" + all.substring(8, 12) + "-" + all.substring(12);
	}

	/** The generation state: what has been written so far and the random stream. */
	private static final class Catalogue {

		private final Random random;

		private final Sizes sizes;

		private final LocalDate today;

		private final int referenceYear;

		private final DemoTexts texts;

		private final List<FieldIds> fields = new ArrayList<>();

		private final List<String> institutionNames = new ArrayList<>();

		private final List<Group> groups = new ArrayList<>();

		private double[] cumulativeProductivity;

		private int topicCount;

		private long preprintServer;

		private long dataRepository;

		Catalogue(Random random, Sizes sizes, LocalDate today) {
			this.random = random;
			this.sizes = sizes;
			this.today = today;
			this.referenceYear = today.getYear();
			this.texts = new DemoTexts(random, sizes.works() <= DISTINCT_TITLES_UP_TO);
		}

		void writeInstitutions(CopyManager copy) {
			CopyWriter institutions = new CopyWriter(copy, "institutions", "id", "display_name", "country_code",
					"institution_type", "homepage_url", "homepage_domain");
			List<DemoInstitutions.Institution> all = DemoInstitutions.inventAtLeast(this.sizes.institutions());
			for (int i = 0; i < all.size(); i++) {
				DemoInstitutions.Institution institution = all.get(i);
				institutions.row(i + 1, institution.name(), institution.countryCode(), institution.type(),
						institution.homepage(), institution.domain());
				this.institutionNames.add(institution.name());
			}
			institutions.flush();
		}

		void writeTopicsAndVenues(CopyManager copy) {
			CopyWriter topics = new CopyWriter(copy, "topics", "id", "display_name", "description", "subfield_name",
					"field_name", "domain_name");
			CopyWriter sources = new CopyWriter(copy, "sources", "id", "display_name", "source_type");
			long topicId = 0;
			long sourceId = 0;
			this.preprintServer = ++sourceId;
			sources.row(this.preprintServer, "OpenScholar Preprints", "repository");
			this.dataRepository = ++sourceId;
			sources.row(this.dataRepository, "Open Data Commons Repository", "repository");
			for (Field field : DemoFields.ALL) {
				List<Long> topicIds = new ArrayList<>();
				for (Topic topic : field.topics()) {
					topics.row(++topicId, topic.name(), "Research on " + String.join(", ", topic.phrases()) + ".",
							topic.subfield(), field.name(), field.domain());
					topicIds.add(topicId);
				}
				List<Long> venueIds = new ArrayList<>();
				for (String venue : field.venues()) {
					sources.row(++sourceId, venue, venue.startsWith("Proceedings") ? "conference" : "journal");
					venueIds.add(sourceId);
				}
				this.fields.add(new FieldIds(field, topicIds, venueIds));
			}
			this.topicCount = (int) topicId;
			topics.flush();
			sources.flush();
		}

		void formGroups() {
			Set<String> usedNames = new HashSet<>();
			// A few thousand name combinations: beyond a thousand researchers, namesakes
			// are unavoidable (and real).
			boolean distinctNames = this.sizes.researchers() <= 1_000;
			int researchers = 0;
			while (researchers < this.sizes.researchers()) {
				FieldIds field = pick(this.fields);
				List<Integer> topicIndexes = new ArrayList<>();
				int topicCount = Math.min(2 + this.random.nextInt(2), field.topicIds().size());
				while (topicIndexes.size() < topicCount) {
					int index = this.random.nextInt(field.topicIds().size());
					if (!topicIndexes.contains(index)) {
						topicIndexes.add(index);
					}
				}
				Group group = new Group(field, topicIndexes, this.random.nextInt(this.institutionNames.size()),
						pareto(1.2));
				int size = Math.min(3 + this.random.nextInt(6), this.sizes.researchers() - researchers);
				for (int i = 0; i < size; i++) {
					int careerStart = (i == 0) ? 1992 + this.random.nextInt(18)
							: 2005 + this.random.nextInt(this.referenceYear - 2007);
					group.members.add(new Member(++researchers, name(usedNames, distinctNames), careerStart));
				}
				group.foundedYear = group.members.stream().mapToInt((member) -> member.careerStart).min().orElseThrow();
				this.groups.add(group);
			}
			// Partner groups give the co-authorships across groups and institutions.
			for (Group group : this.groups) {
				int partners = 1 + this.random.nextInt(2);
				for (int i = 0; i < partners; i++) {
					Group partner = pick(this.groups);
					if (partner != group) {
						group.partners.add(partner);
					}
				}
			}
			this.cumulativeProductivity = new double[this.groups.size()];
			double total = 0;
			for (int i = 0; i < this.groups.size(); i++) {
				total += this.groups.get(i).productivity;
				this.cumulativeProductivity[i] = total;
			}
		}

		private PersonName name(Set<String> usedNames, boolean distinct) {
			while (true) {
				Tradition tradition = pick(DemoNames.ALL);
				String given = pick(tradition.givenNames());
				// Middle initials keep a large corpus from being one crowd of namesakes.
				if (!distinct && this.random.nextDouble() < 0.6) {
					given = given + " " + (char) ('A' + this.random.nextInt(26)) + ".";
				}
				PersonName name = new PersonName(given, pick(tradition.familyNames()), tradition.familyNameFirst());
				if (!distinct || usedNames.add(name.displayName())) {
					return name;
				}
			}
		}

		void writeResearchers(CopyManager copy) {
			CopyWriter researchers = new CopyWriter(copy, "researchers", "id", "display_name", "alternative_names",
					"orcid", "open_to_collaborate", "last_known_institution_id");
			CopyWriter affiliations = new CopyWriter(copy, "researcher_affiliations", "researcher_id", "institution_id",
					"first_year", "last_year")
				.after(researchers);
			for (Group group : this.groups) {
				for (Member member : group.members) {
					boolean affiliationImported = this.random.nextDouble() >= 0.08;
					Integer current = affiliationImported ? group.institutionIndex + 1 : null;
					String orcid = (this.random.nextDouble() < 0.72) ? orcid(member.id) : null;
					researchers.row(member.id, member.name, member.alternatives, orcid, this.random.nextDouble() < 0.35,
							current);
					if (current == null) {
						continue;
					}
					int joined = member.careerStart;
					if (this.random.nextDouble() < 0.25) {
						int previous = 1 + this.random.nextInt(this.institutionNames.size());
						if (previous != current) {
							joined = Math.min(this.referenceYear, member.careerStart + 2 + this.random.nextInt(6));
							affiliations.row(member.id, previous, member.careerStart,
									Math.max(member.careerStart, joined - 1));
						}
					}
					affiliations.row(member.id, current, joined, this.referenceYear);
				}
			}
			researchers.flush();
			affiliations.flush();
		}

		void writeWorks(CopyManager copy, Consumer<String> progress) {
			CopyWriter works = new CopyWriter(copy, "works", "id", "title", "work_type", "publication_date",
					"publication_year", "source_id", "venue_name", "doi", "abstract", "language", "cited_by_count");
			CopyWriter authorships = new CopyWriter(copy, "authorships", "work_id", "author_order", "raw_author_name",
					"researcher_id", "author_position", "is_corresponding")
				.after(works);
			CopyWriter workTopics = new CopyWriter(copy, "work_topics", "work_id", "topic_id", "score", "is_primary")
				.after(works);
			CopyWriter citations = new CopyWriter(copy, "work_citation_counts", "work_id", "year", "cited_by_count")
				.after(works);
			for (int id = 1; id <= this.sizes.works(); id++) {
				writeWork(id, chooseGroup(), works, authorships, workTopics, citations);
				if (id % WORKS_PER_CHUNK == 0 || id == this.sizes.works()) {
					// Works first: the other tables refer to them.
					works.flush();
					authorships.flush();
					workTopics.flush();
					citations.flush();
					progress.accept(String.format("%,d of %,d works", id, this.sizes.works()));
				}
			}
		}

		private Group chooseGroup() {
			double target = this.random.nextDouble() * this.cumulativeProductivity[this.groups.size() - 1];
			int index = Arrays.binarySearch(this.cumulativeProductivity, target);
			return this.groups.get((index >= 0) ? index : Math.min(this.groups.size() - 1, -index - 1));
		}

		private void writeWork(long id, Group group, CopyWriter works, CopyWriter authorships, CopyWriter workTopics,
				CopyWriter citationCounts) {
			int year = publicationYear(group);
			String type = workType();
			Field field = group.field.field();
			int topicIndex = pick(group.topicIndexes);
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
				case "article", "review" -> pick(group.field.venueIds());
				default -> null;
			};
			String venueName = switch (type) {
				case "book-chapter" -> "Handbook of " + topic.name();
				case "dissertation", "report" -> this.institutionNames.get(group.institutionIndex);
				default -> null;
			};
			String doi = (this.random.nextDouble() < 0.85) ? DOI_PREFIX + year + "." + id : null;
			works.row(id, title, type, date, year, sourceId, venueName, doi, abstractText, "en", citations);
			writeByline(id, group, year, authorships);
			writeTopics(id, group, topicIndex, workTopics);
			writeCitationsByYear(id, year, citations, citationCounts);
		}

		private int publicationYear(Group group) {
			int earliest = Math.max(group.foundedYear, this.referenceYear - 25);
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
			double breakthrough = (this.random.nextDouble() < 0.01) ? 10 : 1;
			return (int) Math.min(20_000, Math.round(base * age * typeFactor * breakthrough));
		}

		private void writeByline(long workId, Group group, int year, CopyWriter authorships) {
			List<Member> active = group.members.stream().filter((member) -> member.careerStart <= year).toList();
			Member lead = active.isEmpty() ? group.members.get(0) : active.get(0);
			List<String> names = new ArrayList<>();
			List<Long> researcherIds = new ArrayList<>();
			List<Member> others = new ArrayList<>(active.isEmpty() ? List.of() : active.subList(1, active.size()));
			int coauthors = Math.min(others.size(), 1 + (int) (-Math.log(1 - this.random.nextDouble()) * 1.6));
			for (int i = 0; i < coauthors; i++) {
				Member member = others.remove(this.random.nextInt(others.size()));
				names.add(member.name);
				researcherIds.add(member.id);
			}
			if (!group.partners.isEmpty() && this.random.nextDouble() < 0.25) {
				Member guest = pick(pick(group.partners).members);
				if (!researcherIds.contains(guest.id) && guest != lead) {
					names.add(guest.name);
					researcherIds.add(guest.id);
				}
			}
			int external = (this.random.nextDouble() < 0.3) ? 1 + this.random.nextInt(3) : 0;
			if (this.random.nextDouble() < 0.01) {
				// A consortium paper: a long byline, mostly people outside the catalogue.
				external = 60 + this.random.nextInt(90);
			}
			for (int i = 0; i < external; i++) {
				int position = names.isEmpty() ? 0 : 1 + this.random.nextInt(names.size());
				names.add(position, externalName(i));
				researcherIds.add(position, null);
			}
			int leadPosition = (this.random.nextDouble() < 0.7 || names.isEmpty()) ? names.size() : 0;
			names.add(leadPosition, lead.name);
			researcherIds.add(leadPosition, lead.id);
			for (int i = 0; i < names.size(); i++) {
				String position = (i == 0) ? "first" : (i == names.size() - 1) ? "last" : "middle";
				authorships.row(workId, i + 1, names.get(i), researcherIds.get(i), position, i == leadPosition);
			}
		}

		private String externalName(int index) {
			String base = pick(DemoNames.EXTERNAL_AUTHORS);
			return (index < DemoNames.EXTERNAL_AUTHORS.size()) ? base : base + " " + (char) ('A' + index % 26) + ".";
		}

		private void writeTopics(long workId, Group group, int primaryIndex, CopyWriter workTopics) {
			List<Long> topicIds = group.field.topicIds();
			workTopics.row(workId, topicIds.get(primaryIndex), 0.9f + this.random.nextFloat() * 0.09f, true);
			Set<Integer> used = new HashSet<>(List.of(primaryIndex));
			int secondary = this.random.nextInt(3);
			for (int i = 0; i < secondary; i++) {
				int index = this.random.nextInt(topicIds.size());
				if (used.add(index)) {
					workTopics.row(workId, topicIds.get(index), 0.5f + this.random.nextFloat() * 0.35f, false);
				}
			}
		}

		/**
		 * Spreads the citations over the years since publication: a rise, then a slow
		 * decline.
		 */
		private void writeCitationsByYear(long workId, int year, int citations, CopyWriter citationCounts) {
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
					citationCounts.row(workId, year + t, counts[t]);
				}
			}
		}

		private <T> T pick(List<T> values) {
			return values.get(this.random.nextInt(values.size()));
		}

		/** A heavy-tailed positive number with minimum 1. */
		private double pareto(double alpha) {
			return Math.pow(1 - this.random.nextDouble(), -1 / alpha);
		}

	}

	private record FieldIds(Field field, List<Long> topicIds, List<Long> venueIds) {
	}

	private record PersonName(String given, String family, boolean familyNameFirst) {

		String displayName() {
			return this.given + " " + this.family;
		}

		/** Other forms the name appears in on papers. */
		List<String> alternatives() {
			Set<String> forms = new LinkedHashSet<>();
			forms.add(this.given.charAt(0) + ". " + this.family);
			forms.add(this.familyNameFirst ? this.family + " " + this.given : this.family + ", " + this.given);
			String plain = Normalizer.normalize(displayName(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
			if (!plain.equals(displayName())) {
				forms.add(plain);
			}
			return List.copyOf(forms);
		}

	}

	private static final class Group {

		final FieldIds field;

		final List<Integer> topicIndexes;

		final int institutionIndex;

		final double productivity;

		final List<Member> members = new ArrayList<>();

		final List<Group> partners = new ArrayList<>();

		int foundedYear;

		Group(FieldIds field, List<Integer> topicIndexes, int institutionIndex, double productivity) {
			this.field = field;
			this.topicIndexes = topicIndexes;
			this.institutionIndex = institutionIndex;
			this.productivity = productivity;
		}

	}

	private static final class Member {

		final long id;

		final String name;

		final List<String> alternatives;

		final int careerStart;

		Member(long id, PersonName name, int careerStart) {
			this.id = id;
			this.name = name.displayName();
			this.alternatives = name.alternatives();
			this.careerStart = careerStart;
		}

	}

}
