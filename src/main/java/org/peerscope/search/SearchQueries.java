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
 * accents): researchers' word by word against their name words (migration V124), topics'
 * and institutions' whole with pg_trgm's word similarity (the trigram indexes of V70).
 * Works are found by title first ({@code work_titles}, V125), then through the
 * {@code search_vector} full-text column of titles and abstracts.
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
	 * Ranks topic and institution names in steps of a tenth of similarity. A name that
	 * holds every word typed is a whole match (similarity 1) without computing it.
	 */
	private static final String NAME_TIER = """
			case when string_to_array(%1$s, ' ') @> string_to_array(search_normalize(:words), ' ') then 10
			     else round(cast(public.word_similarity(search_normalize(:words), %1$s) * 10 as numeric)) end""";

	private static final String NAME_MATCHES = "search_normalize(:words) operator(public.<%%) %s";

	/**
	 * How many of the initials typed start a word of the candidate's ({@code c}) names.
	 */
	private static final String INITIALS_MATCHED = """
			(select count(*) from unnest(cast(:initials as text[])) as x (initial)
			 where strpos(c.initials, search_normalize(x.initial)) > 0)""";

	/**
	 * Researchers whose names hold every word typed, each word exactly or in a near
	 * spelling, read from the name words of migration V124. A typed word's near spellings
	 * come from the vocabulary of name words: those it is similar to by trigrams
	 * (pg_trgm's word similarity, so a word's beginning matches too: "whitf" finds
	 * "whitfield") and those that differ from it by two neighbouring letters swapped.
	 * {@code tier} is 10 when every word matched exactly, else the tenth of similarity,
	 * each word weighing by its length; within a tier, citations decide.
	 */
	private static final String NAME_CANDIDATES = """
			typed as (
			    select w.word, t.position, char_length(w.word) + 1 as weight
			    from unnest(string_to_array(search_normalize(:words), ' ')) with ordinality as t (word, position),
			         search_word(t.word) as w (word)
			    where t.word ~ '[[:alnum:]]'
			),
			spellings as (
			    select t.position, v.word,
			           case when v.word = t.word then 1 else public.word_similarity(t.word, v.word) end as similarity
			    from typed t
			    join researcher_name_vocabulary v on t.word operator(public.<%) v.word
			    union all
			    select t.position, v.word, cast(:transposedSimilarity as double precision)
			    from typed t
			    join researcher_name_vocabulary v on v.word = any (search_transpositions(t.word))
			),
			matched_words as (
			    select w.researcher_id, s.position, max(s.similarity) as similarity,
			           max(w.cited_by_count) as cited_by_count, max(w.works_count) as works_count,
			           max(w.initials) as initials
			    from spellings s
			    join researcher_name_words w on w.word = s.word
			    group by w.researcher_id, s.position
			),
			candidates as (
			    select m.researcher_id, max(m.cited_by_count) as cited_by_count, max(m.works_count) as works_count,
			           max(m.initials) as initials,
			           case when bool_and(m.similarity = 1) then 10
			                else least(9, round(cast(10 * sum(m.similarity * t.weight)
			                                          / (select sum(weight) from typed) as numeric))) end as tier
			    from matched_words m
			    join typed t on t.position = m.position
			    group by m.researcher_id
			    having count(*) = (select count(*) from typed)
			)""";

	/** Narrows the candidates ({@code c}) by the filters of the researcher search. */
	private static final String RESEARCHER_FILTERS = """
			join researcher_search r on r.researcher_id = c.researcher_id
			where (cast(:institution as text) is null or exists (
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
			  and (not :claimedOnly or %s)""".formatted(CLAIMED_RESEARCHER);

	/**
	 * Title matches, from the narrow {@code work_titles} of migration V125: its index is
	 * a tenth of the size of the index of titles and abstracts, and its rows a tenth of
	 * the width of works.
	 */
	private static final String TITLE_HITS = """
			select t.work_id as id, t.cited_by_count, true as in_title,
			       round(cast(ts_rank(t.title_vector, (select query from typed)) as numeric), 1) as rank
			from work_titles t
			where t.title_vector @@ (select query from typed)
			limit :candidates""";

	/**
	 * The candidates of a works search with no filter: title matches; works that match
	 * only in the abstract are looked for only when titles give fewer than
	 * {@code candidates}, and among the first {@code candidates} works that hold every
	 * word. The index answers which works hold the words, but whether they stand in the
	 * order of a quoted phrase is read from each work's row: a phrase of common words
	 * found only in titles made the search read all of their ~25,000 bearers (115 ms at
	 * 1M works).
	 */
	private static final String TITLE_FIRST_CANDIDATES = """
			with title_hits as (%s),
			abstract_hits as (
			    select w.id, w.cited_by_count, false as in_title,
			           round(cast(ts_rank(w.search_vector, (select query from typed)) as numeric), 1) as rank
			    from (
			        select w.id, w.cited_by_count, w.search_vector
			        from works w
			        where (select count(*) from title_hits) < :candidates
			          and w.search_vector @@ (select words from typed)
			        limit :candidates
			    ) w
			    where w.search_vector @@ (select query from typed)
			      and not ts_filter(w.search_vector, '{a}') @@ (select query from typed)
			)
			select * from title_hits
			union all
			select * from abstract_hits
			limit :candidates""".formatted(TITLE_HITS);

	/**
	 * A word being typed shorter than this is left out of suggestions: as a prefix it
	 * matches nearly every word ("e" in "Beyond human e" cost 100 ms at 1M works), and
	 * says little.
	 */
	private static final int MIN_PREFIX_LENGTH = 3;

	/** The candidates of a works search narrowed by type, years or venue. */
	private static final String FILTERED_CANDIDATES = """
			select w.id, w.cited_by_count,
			       ts_filter(w.search_vector, '{a}') @@ (select query from typed) as in_title,
			       round(cast(ts_rank(w.search_vector, (select query from typed)) as numeric), 1) as rank
			from works w
			left join sources vs on vs.id = w.source_id
			where w.search_vector @@ (select query from typed)
			  and (cast(:type as text) is null or w.work_type = :type)
			  and (cast(:yearFrom as integer) is null or w.publication_year >= cast(:yearFrom as integer))
			  and (cast(:yearTo as integer) is null or w.publication_year <= cast(:yearTo as integer))
			  and (cast(:venue as text) is null
			       or strpos(search_normalize(coalesce(vs.display_name, w.venue_name, '')),
			                 search_normalize(:venue)) > 0)
			limit :candidates""";

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

	/**
	 * Researchers by name, best first: those matching every initial typed, then by how
	 * well the words match, then by citations. Candidates are found and ranked on the
	 * name words alone (initials included); researcher_search is read only for filters,
	 * and only the page is joined to researchers and institutions.
	 */
	Hits<ResearcherHit> researchers(SearchText text, ResearcherFilters filters, double threshold, long offset,
			int limit) {
		String sql = """
				with %1$s
				select p.public_key, p.display_name, i.display_name as affiliation, h.works_count, h.cited_by_count,
				       h.total
				from (
				    select c.researcher_id, c.tier, c.cited_by_count, c.works_count, %2$s as initials_matched,
				           count(*) over () as total
				    from candidates c
				    %3$s
				    order by initials_matched desc, c.tier desc, c.cited_by_count desc, c.works_count desc, c.researcher_id
				    offset :offset limit :limit
				) h
				join researchers p on p.id = h.researcher_id
				left join institutions i on i.id = p.last_known_institution_id
				order by h.initials_matched desc, h.tier desc, h.cited_by_count desc, h.works_count desc,
				         h.researcher_id
				"""
			.formatted(NAME_CANDIDATES, text.initials().isEmpty() ? "0" : INITIALS_MATCHED,
					filters.isEmpty() ? "" : RESEARCHER_FILTERS);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("words", text.nameWords())
			.param("transposedSimilarity", threshold)
			.param("offset", offset)
			.param("limit", limit);
		if (!text.initials().isEmpty()) {
			statement = statement.param("initials", text.initials().toArray(String[]::new));
		}
		if (!filters.isEmpty()) {
			statement = statement.param("institution", filters.institution())
				.param("topic", filters.topic())
				.param("claimedOnly", filters.claimedOnly());
		}
		return hits(statement,
				(rs, n) -> new ResearcherHit(rs.getString("public_key"), rs.getString("display_name"),
						rs.getString("affiliation"), rs.getInt("works_count"), rs.getLong("cited_by_count")),
				Long.MAX_VALUE);
	}

	/**
	 * Works matching the text, best first: matches in the title before matches only in
	 * the abstract, then by full-text rank, then by citations. Only the first
	 * {@code candidates} matches are ranked, which bounds the cost of very common words.
	 * As you type, suggestions come from titles alone. The query is parsed once per
	 * search ({@code typed}), not once per candidate.
	 */
	Hits<WorkHit> works(SearchText text, WorkFilters filters, boolean asYouType, long offset, int limit,
			int candidates) {
		PartialWord partial = asYouType ? typedSoFar(text) : new PartialWord(text.text(), "");
		String query = partial.last().isEmpty() ? "websearch_to_tsquery('peerscope_search', :head)"
				: "(websearch_to_tsquery('peerscope_search', :head) && to_tsquery('peerscope_search', "
						+ "quote_literal(search_normalize(:last)) || ':*'))";
		String sql = """
				with typed as materialized (
				    select q.query,
				           cast(regexp_replace(cast(q.query as text), '<[0-9-]+>', '&', 'g') as tsquery) as words
				    from (select %1$s as query) q
				)
				select w.public_key, w.title, w.work_type, w.publication_year,
				       coalesce(s.display_name, w.venue_name) as venue, w.cited_by_count,
				       (select a.raw_author_name from authorships a where a.work_id = w.id
				        order by a.author_order limit 1) as first_author,
				       (select count(*) from authorships a where a.work_id = w.id) as author_count,
				       h.total
				from (
				    select c.id, c.in_title, c.rank, c.cited_by_count, count(*) over () as total
				    from (%2$s) c
				    order by c.in_title desc, c.rank desc, c.cited_by_count desc, c.id
				    offset :offset limit :limit
				) h
				join works w on w.id = h.id
				left join sources s on s.id = w.source_id
				order by h.in_title desc, h.rank desc, h.cited_by_count desc, h.id
				""".formatted(query,
				!filters.isEmpty() ? FILTERED_CANDIDATES : asYouType ? TITLE_HITS : TITLE_FIRST_CANDIDATES);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("head", partial.head())
			.param("candidates", candidates)
			.param("offset", offset)
			.param("limit", limit);
		if (!filters.isEmpty()) {
			statement = statement.param("type", filters.type())
				.param("yearFrom", filters.yearFrom())
				.param("yearTo", filters.yearTo())
				.param("venue", filters.venue());
		}
		if (!partial.last().isEmpty()) {
			statement = statement.param("last", partial.last());
		}
		return hits(statement,
				(rs, n) -> new WorkHit(rs.getString("public_key"), rs.getString("title"), rs.getString("work_type"),
						rs.getObject("publication_year", Integer.class), rs.getString("venue"),
						rs.getInt("cited_by_count"), rs.getString("first_author"), rs.getInt("author_count")),
				candidates);
	}

	/**
	 * Suggestions search titles for the words typed so far and the one being typed as a
	 * prefix, once it is long enough to mean something.
	 */
	private static PartialWord typedSoFar(SearchText text) {
		PartialWord partial = text.partialWord();
		if (partial.last().isEmpty()
				|| partial.last().codePointCount(0, partial.last().length()) >= MIN_PREFIX_LENGTH) {
			return partial;
		}
		return partial.head().isEmpty() ? new PartialWord(text.text(), "") : new PartialWord(partial.head(), "");
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
