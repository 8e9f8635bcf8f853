package org.peerscope.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.peerscope.search.SearchText.PartialWord;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The search statements: one per kind of record, each returning a page of hits with the
 * total in the same statement. Names go through {@code search_normalize} (lower case, no
 * accents) and pg_trgm's word similarity, backed by the trigram indexes of migration V70;
 * works through the {@code search_vector} full-text column and its GIN index.
 */
@Repository
class SearchQueries {

	/**
	 * The condition that a researcher ({@code r}) claimed their profile, read from the
	 * claims feature's view {@code researcher_verification(researcher_id, claimed, …)}.
	 */
	static final String CLAIMED_RESEARCHER = "exists (select 1 from researcher_verification v "
			+ "where v.researcher_id = r.researcher_id and v.claimed)";

	/**
	 * Ranks names in steps of a tenth of similarity; within a step, citations decide. A
	 * name that holds every word typed is a whole match (similarity 1) without computing
	 * it: most candidates of a common family name are, and the trigram comparison is the
	 * costliest part of ranking them.
	 */
	private static final String NAME_TIER = """
			case when string_to_array(%1$s, ' ') @> string_to_array(search_normalize(:words), ' ') then 10
			     else round(cast(public.word_similarity(search_normalize(:words), %1$s) * 10 as numeric)) end""";

	private static final String NAME_MATCHES = "search_normalize(:words) operator(public.<%%) %s";

	/**
	 * The normalised display and alternative names, in {@code researcher_search}
	 * (migration V121) next to the figures the ranking reads.
	 */
	private static final String RESEARCHER_NAMES = "r.search_names";

	/** How many of the initials typed start a word of the researcher's names. */
	private static final String INITIALS_MATCHED = """
			(select count(*) from unnest(cast(:initials as text[])) as x (initial)
			 where r.search_names ~ ('\\m' || search_normalize(x.initial)))""";

	private final JdbcClient jdbc;

	SearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sets, for the current transaction, how similar a name must be to match (pg_trgm's
	 * word similarity, 0 to 1; the extension's default of 0.6 misses common typos), and
	 * that searches run on their prepared statements' generic plans: the few shapes of
	 * search differ only in the words, their plans are the same index scans either way,
	 * and planning each search anew took a tenth of its time (1.2 ms of 12 at 1M works).
	 */
	void useNameSimilarity(double threshold) {
		this.jdbc
			.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true), "
					+ "set_config('plan_cache_mode', 'force_generic_plan', true)")
			.param(Double.toString(threshold))
			.query()
			.singleRow();
	}

	Hits<ResearcherHit> researchers(SearchText text, ResearcherFilters filters, long offset, int limit) {
		// Candidates are scored in the inner query on researcher_search alone (names and
		// figures in one narrow row each); only the page is joined to researchers and
		// institutions.
		String sql = """
				select p.public_key, p.display_name, i.display_name as affiliation, h.works_count,
				       h.cited_by_count, h.total
				from (
				    select c.*, count(*) over () as total
				    from (
				        select r.researcher_id, r.display_name, r.works_count, r.cited_by_count,
				               %3$s as initials,
				               %4$s as tier
				        from researcher_search r
				        where %1$s
				          and (cast(:institution as text) is null or exists (
				              select 1 from institutions fi
				              where (fi.id = r.last_known_institution_id
				                     or fi.id in (select ra.institution_id from researcher_affiliations ra
				                                  where ra.researcher_id = r.researcher_id))
				                and (fi.public_key = upper(:institution) or fi.openalex_id = upper(:institution)
				                     or strpos(search_normalize(fi.display_name), search_normalize(:institution)) > 0)))
				          and (cast(:topic as text) is null or exists (
				              select 1 from researcher_topics rt join topics ft on ft.id = rt.topic_id
				              where rt.researcher_id = r.researcher_id
				                and (ft.public_key = upper(:topic) or ft.openalex_id = upper(:topic)
				                     or strpos(search_normalize(ft.display_name), search_normalize(:topic)) > 0)))
				          and (not :claimedOnly or %2$s)
				    ) c
				    order by c.initials desc, c.tier desc, c.cited_by_count desc, c.works_count desc, c.display_name,
				             c.researcher_id
				    offset :offset limit :limit
				) h
				join researchers p on p.id = h.researcher_id
				left join institutions i on i.id = p.last_known_institution_id
				order by h.initials desc, h.tier desc, h.cited_by_count desc, h.works_count desc, h.display_name,
				         h.researcher_id
				""".formatted(NAME_MATCHES.formatted(RESEARCHER_NAMES), CLAIMED_RESEARCHER,
				text.initials().isEmpty() ? "0" : INITIALS_MATCHED, NAME_TIER.formatted(RESEARCHER_NAMES));
		return hits(
				this.jdbc.sql(sql)
					.param("words", text.nameWords())
					.param("initials", text.initials().toArray(String[]::new))
					.param("institution", filters.institution())
					.param("topic", filters.topic())
					.param("claimedOnly", filters.claimedOnly())
					.param("offset", offset)
					.param("limit", limit),
				(rs, n) -> new ResearcherHit(rs.getString("public_key"), rs.getString("display_name"),
						rs.getString("affiliation"), rs.getInt("works_count"), rs.getLong("cited_by_count")),
				Long.MAX_VALUE);
	}

	/**
	 * Works matching the text, best first: matches in the title before matches only in
	 * the abstract, then by full-text rank, then by citations. Only the first
	 * {@code candidates} matches are ranked, which bounds the cost of very common words.
	 */
	Hits<WorkHit> works(SearchText text, WorkFilters filters, boolean prefix, long offset, int limit, int candidates) {
		PartialWord partial = prefix ? text.partialWord() : new PartialWord(text.text(), "");
		String query = partial.last().isEmpty() ? "websearch_to_tsquery('peerscope_search', :head)"
				: "(websearch_to_tsquery('peerscope_search', :head) && to_tsquery('peerscope_search', "
						+ "quote_literal(search_normalize(:last)) || ':*'))";
		String sql = """
				select w.public_key, w.title, w.work_type, w.publication_year,
				       coalesce(s.display_name, w.venue_name) as venue, w.cited_by_count,
				       (select a.raw_author_name from authorships a where a.work_id = w.id
				        order by a.author_order limit 1) as first_author,
				       (select count(*) from authorships a where a.work_id = w.id) as author_count,
				       h.total
				from (
				    select c.id, c.in_title, c.rank, c.cited_by_count, count(*) over () as total
				    from (
				        select w.id, w.cited_by_count,
				               ts_filter(w.search_vector, '{a}') @@ %1$s as in_title,
				               round(cast(ts_rank(w.search_vector, %1$s) as numeric), 1) as rank
				        from works w
				        left join sources vs on vs.id = w.source_id
				        where w.search_vector @@ %1$s
				          and (cast(:type as text) is null or w.work_type = :type)
				          and (cast(:yearFrom as integer) is null or w.publication_year >= cast(:yearFrom as integer))
				          and (cast(:yearTo as integer) is null or w.publication_year <= cast(:yearTo as integer))
				          and (cast(:venue as text) is null
				               or strpos(search_normalize(coalesce(vs.display_name, w.venue_name, '')),
				                         search_normalize(:venue)) > 0)
				        limit :candidates
				    ) c
				    order by c.in_title desc, c.rank desc, c.cited_by_count desc, c.id
				    offset :offset limit :limit
				) h
				join works w on w.id = h.id
				left join sources s on s.id = w.source_id
				order by h.in_title desc, h.rank desc, h.cited_by_count desc, h.id
				""".formatted(query);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("head", partial.head())
			.param("type", filters.type())
			.param("yearFrom", filters.yearFrom())
			.param("yearTo", filters.yearTo())
			.param("venue", filters.venue())
			.param("candidates", candidates)
			.param("offset", offset)
			.param("limit", limit);
		if (!partial.last().isEmpty()) {
			statement = statement.param("last", partial.last());
		}
		return hits(statement,
				(rs, n) -> new WorkHit(rs.getString("public_key"), rs.getString("title"), rs.getString("work_type"),
						rs.getObject("publication_year", Integer.class), rs.getString("venue"),
						rs.getInt("cited_by_count"), rs.getString("first_author"), rs.getInt("author_count")),
				candidates);
	}

	Hits<TopicHit> topics(SearchText text, long offset, int limit) {
		String names = "search_normalize(t.display_name)";
		String sql = """
				select t.public_key, t.display_name, t.field_name, count(*) over () as total
				from topics t
				where %s
				order by %s desc, t.display_name, t.id
				offset :offset limit :limit
				""".formatted(NAME_MATCHES.formatted(names), NAME_TIER.formatted(names));
		return hits(this.jdbc.sql(sql).param("words", text.text()).param("offset", offset).param("limit", limit),
				(rs, n) -> new TopicHit(rs.getString("public_key"), rs.getString("display_name"),
						rs.getString("field_name")),
				Long.MAX_VALUE);
	}

	Hits<InstitutionHit> institutions(SearchText text, long offset, int limit) {
		String names = "search_normalize(i.display_name)";
		String sql = """
				select i.public_key, i.display_name, i.country_code, count(*) over () as total
				from institutions i
				where %s
				order by %s desc, i.display_name, i.id
				offset :offset limit :limit
				""".formatted(NAME_MATCHES.formatted(names), NAME_TIER.formatted(names));
		return hits(this.jdbc.sql(sql).param("words", text.text()).param("offset", offset).param("limit", limit),
				(rs, n) -> new InstitutionHit(rs.getString("public_key"), rs.getString("display_name"),
						rs.getString("country_code")),
				Long.MAX_VALUE);
	}

	Optional<String> researcherKeyByOrcid(String orcid) {
		return this.jdbc.sql("select public_key from researchers where orcid = ?")
			.param(orcid)
			.query(String.class)
			.optional();
	}

	Optional<String> workKeyByDoi(String doi) {
		return this.jdbc.sql("select public_key from works where doi = ?").param(doi).query(String.class).optional();
	}

	Optional<String> workKeyByArxivId(String arxivId) {
		return this.jdbc.sql("select public_key from works where arxiv_id = ?")
			.param(arxivId)
			.query(String.class)
			.optional();
	}

	private static <T> Hits<T> hits(JdbcClient.StatementSpec statement, RowMapper<T> mapper, long cap) {
		long[] total = { 0 };
		List<T> items = statement.query((ResultSet rs, int n) -> {
			total[0] = rs.getLong("total");
			return mapper.mapRow(rs, n);
		}).list();
		return new Hits<>(items, total[0], total[0] >= cap);
	}

}
