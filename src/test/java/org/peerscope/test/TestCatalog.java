package org.peerscope.test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds small, exact catalogues for tests, straight in SQL.
 */
public class TestCatalog {

	private final JdbcClient jdbc;

	public TestCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Empties every table (all features' tables, not only the catalogue's) and restarts
	 * ids and keys.
	 */
	public void reset() {
		List<String> tables = this.jdbc
			.sql("select quote_ident(tablename) from pg_tables where schemaname = current_schema() "
					+ "and tablename <> 'flyway_schema_history'")
			.query(String.class)
			.list();
		if (!tables.isEmpty()) {
			this.jdbc.sql("truncate " + String.join(", ", tables) + " restart identity cascade").update();
		}
		this.jdbc.sql("""
				select setval(sequencename::regclass, 1, false) from pg_sequences
				where schemaname = current_schema() and sequencename like '%key_seq'
				""").query().listOfRows();
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	public long institution(String name, String countryCode, String domain) {
		return this.jdbc.sql("""
				insert into institutions (display_name, country_code, institution_type, homepage_domain)
				values (?, ?, 'education', ?) returning id""")
			.params(name, countryCode, domain)
			.query(Long.class)
			.single();
	}

	public long topic(String name, String field) {
		return this.jdbc
			.sql("insert into topics (display_name, field_name, subfield_name, domain_name) "
					+ "values (?, ?, ?, 'Physical Sciences') returning id")
			.params(name, field, field)
			.query(Long.class)
			.single();
	}

	public long source(String name) {
		return this.jdbc.sql("insert into sources (display_name, source_type) values (?, 'journal') returning id")
			.param(name)
			.query(Long.class)
			.single();
	}

	public String keyOfResearcher(long id) {
		return this.jdbc.sql("select public_key from researchers where id = ?").param(id).query(String.class).single();
	}

	public String keyOfWork(long id) {
		return this.jdbc.sql("select public_key from works where id = ?").param(id).query(String.class).single();
	}

	/** The public key of a row of a catalogue table (topics, institutions, ...). */
	public String publicKey(String table, long id) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException(table);
		}
		return this.jdbc.sql("select public_key from " + table + " where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	public ResearcherBuilder researcher(String displayName) {
		return new ResearcherBuilder(displayName);
	}

	public WorkBuilder work(String title) {
		return new WorkBuilder(title);
	}

	public final class ResearcherBuilder {

		private final String displayName;

		private String openalexId;

		private String orcid;

		private boolean openToCollaborate;

		private Long currentInstitution;

		private final List<String> alternativeNames = new ArrayList<>();

		private final List<Object[]> affiliations = new ArrayList<>();

		private ResearcherBuilder(String displayName) {
			this.displayName = displayName;
		}

		public ResearcherBuilder openalexId(String openalexId) {
			this.openalexId = openalexId;
			return this;
		}

		public ResearcherBuilder orcid(String orcid) {
			this.orcid = orcid;
			return this;
		}

		public ResearcherBuilder openToCollaborate() {
			this.openToCollaborate = true;
			return this;
		}

		public ResearcherBuilder alsoKnownAs(String name) {
			this.alternativeNames.add(name);
			return this;
		}

		public ResearcherBuilder currentlyAt(long institutionId, Integer since) {
			this.currentInstitution = institutionId;
			this.affiliations.add(new Object[] { institutionId, since, null });
			return this;
		}

		public ResearcherBuilder formerlyAt(long institutionId, Integer firstYear, Integer lastYear) {
			this.affiliations.add(new Object[] { institutionId, firstYear, lastYear });
			return this;
		}

		public long insert() {
			long id = TestCatalog.this.jdbc.sql("""
					insert into researchers (public_key, openalex_id, orcid, display_name, alternative_names,
					    open_to_collaborate, last_known_institution_id)
					values (coalesce(:openalex, 'PA' || nextval('researcher_key_seq')), :openalex, :orcid, :name,
					        :alternatives, :open, :institution)
					returning id""")
				.param("openalex", this.openalexId)
				.param("orcid", this.orcid)
				.param("name", this.displayName)
				.param("alternatives", this.alternativeNames.toArray(String[]::new))
				.param("open", this.openToCollaborate)
				.param("institution", this.currentInstitution)
				.query(Long.class)
				.single();
			for (Object[] affiliation : this.affiliations) {
				TestCatalog.this.jdbc
					.sql("insert into researcher_affiliations (researcher_id, institution_id, first_year, last_year) "
							+ "values (?, ?, ?, ?)")
					.params(id, affiliation[0], affiliation[1], affiliation[2])
					.update();
			}
			return id;
		}

	}

	public final class WorkBuilder {

		private final String title;

		private String type = "article";

		private LocalDate date;

		private Integer year;

		private int citations;

		private String doi;

		private String arxivId;

		private String abstractText;

		private Long sourceId;

		private final Map<Integer, Integer> citationsByYear = new LinkedHashMap<>();

		private final List<Object> authors = new ArrayList<>();

		private final List<Object[]> topics = new ArrayList<>();

		private WorkBuilder(String title) {
			this.title = title;
		}

		public WorkBuilder type(String type) {
			this.type = type;
			return this;
		}

		public WorkBuilder published(LocalDate date) {
			this.date = date;
			this.year = date.getYear();
			return this;
		}

		public WorkBuilder year(int year) {
			this.year = year;
			return this;
		}

		public WorkBuilder citations(int citations) {
			this.citations = citations;
			return this;
		}

		public WorkBuilder citationsIn(int year, int count) {
			this.citationsByYear.put(year, count);
			return this;
		}

		public WorkBuilder doi(String doi) {
			this.doi = doi;
			return this;
		}

		public WorkBuilder arxivId(String arxivId) {
			this.arxivId = arxivId;
			return this;
		}

		public WorkBuilder abstractText(String abstractText) {
			this.abstractText = abstractText;
			return this;
		}

		public WorkBuilder venue(long sourceId) {
			this.sourceId = sourceId;
			return this;
		}

		/** Authors in byline order: a researcher id (Long) or a printed name (String). */
		public WorkBuilder authors(Object... authors) {
			this.authors.addAll(List.of(authors));
			return this;
		}

		public WorkBuilder topic(long topicId, boolean primary) {
			this.topics.add(new Object[] { topicId, primary });
			return this;
		}

		public long insert() {
			JdbcClient jdbc = TestCatalog.this.jdbc;
			long id = jdbc.sql("""
					insert into works (title, work_type, publication_date, publication_year, cited_by_count, doi,
					    arxiv_id, abstract, source_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(this.title, this.type, this.date, this.year, this.citations, this.doi, this.arxivId,
						this.abstractText, this.sourceId)
				.query(Long.class)
				.single();
			for (int i = 0; i < this.authors.size(); i++) {
				Object author = this.authors.get(i);
				Long researcherId = (author instanceof Long value) ? value : null;
				String name = (researcherId != null) ? jdbc.sql("select display_name from researchers where id = ?")
					.param(researcherId)
					.query(String.class)
					.single() : (String) author;
				jdbc.sql(
						"insert into authorships (work_id, author_order, raw_author_name, researcher_id) values (?, ?, ?, ?)")
					.params(id, i + 1, name, researcherId)
					.update();
			}
			// Publication lists read researcher_works, which the recompute after every
			// import keeps (tested in metrics); a test that only needs a list gets the
			// same rows here, without a recompute of its figures.
			jdbc.sql(
					"""
							insert into researcher_works (researcher_id, work_id, sort_date, publication_year, cited_by_count,
							    work_type)
							select distinct a.researcher_id, w.id, coalesce(w.publication_date, make_date(w.publication_year, 1, 1)),
							       w.publication_year, w.cited_by_count, w.work_type
							from authorships a join works w on w.id = a.work_id
							where a.work_id = ? and a.researcher_id is not null
							on conflict do nothing""")
				.param(id)
				.update();
			this.citationsByYear.forEach((citedYear, count) -> jdbc
				.sql("insert into work_citation_counts (work_id, year, cited_by_count) values (?, ?, ?)")
				.params(id, citedYear, count)
				.update());
			for (Object[] topic : this.topics) {
				jdbc.sql("insert into work_topics (work_id, topic_id, score, is_primary) values (?, ?, 0.9, ?)")
					.params(id, topic[0], topic[1])
					.update();
			}
			return id;
		}

	}

}
