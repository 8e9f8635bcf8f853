package org.peerscope.work;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerscope.common.RankedKey;
import org.peerscope.work.WorkPage.Author;
import org.peerscope.work.WorkPage.Institution;
import org.peerscope.work.WorkPage.Topic;
import org.peerscope.work.WorkPage.WorkRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkPageQueries {

	/** At most this many references, citing and related works are listed. */
	static final int LINKED_WORKS = 50;

	private final JdbcClient jdbc;

	WorkPageQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Header> header(String key) {
		return this.jdbc
			.sql("""
					select w.id, w.public_key, w.openalex_id, w.title, w.work_type, w.publication_date,
					       w.publication_year, s.public_key as source_key, coalesce(s.display_name, w.venue_name) as venue,
					       s.source_type, w.doi, w.arxiv_id, w.abstract, w.language, w.cited_by_count,
					       (select array_agg(year order by year) from work_citation_counts c where c.work_id = w.id)
					           as citation_years,
					       (select array_agg(cited_by_count order by year) from work_citation_counts c where c.work_id = w.id)
					           as citation_counts
					from works w
					left join sources s on s.id = w.source_id
					where w.public_key = :key or w.openalex_id = :key
					""")
			.param("key", key)
			.query((rs, n) -> header(rs))
			.optional();
	}

	/**
	 * The byline in order, each author with the institutions the work names for them or,
	 * when it names none, the author's affiliations in the publication year.
	 */
	List<Author> authors(long workId) {
		return this.jdbc.sql("""
				select a.author_order, a.raw_author_name, r.public_key, a.is_corresponding, inst.keys, inst.names
				from authorships a
				join works w on w.id = a.work_id
				left join researchers r on r.id = a.researcher_id
				left join lateral (
				    select array_agg(u.public_key order by u.display_name) as keys,
				           array_agg(u.display_name order by u.display_name) as names
				    from (
				        select i.public_key, i.display_name
				        from authorship_institutions ai join institutions i on i.id = ai.institution_id
				        where ai.work_id = a.work_id and ai.author_order = a.author_order
				        union
				        select i.public_key, i.display_name
				        from researcher_affiliations ra join institutions i on i.id = ra.institution_id
				        where ra.researcher_id = a.researcher_id
				          and not exists (select 1 from authorship_institutions x
				                          where x.work_id = a.work_id and x.author_order = a.author_order)
				          and w.publication_year is not null
				          and (ra.first_year is null or ra.first_year <= w.publication_year)
				          and (ra.last_year is null or ra.last_year >= w.publication_year)
				    ) u
				) inst on true
				where a.work_id = ?
				order by a.author_order
				""").param(workId).query((rs, n) -> {
			List<Institution> institutions = new ArrayList<>();
			String[] keys = array(rs.getArray("keys"));
			String[] names = array(rs.getArray("names"));
			for (int i = 0; i < keys.length; i++) {
				institutions.add(new Institution(keys[i], names[i]));
			}
			return new Author(rs.getInt("author_order"), rs.getString("raw_author_name"), rs.getString("public_key"),
					rs.getBoolean("is_corresponding"), institutions);
		}).list();
	}

	List<Topic> topics(long workId) {
		return this.jdbc.sql("""
				select t.public_key, t.display_name, t.field_name, t.subfield_name, wt.is_primary
				from work_topics wt join topics t on t.id = wt.topic_id
				where wt.work_id = ?
				order by wt.is_primary desc, wt.score desc, t.display_name
				""")
			.param(workId)
			.query((rs, n) -> new Topic(rs.getString("public_key"), rs.getString("display_name"),
					rs.getString("field_name"), rs.getString("subfield_name"), rs.getBoolean("is_primary")))
			.list();
	}

	/** References, citing works and related works that are in the catalogue, by kind. */
	Map<String, List<WorkRef>> linkedWorks(long workId, String openalexId) {
		Map<String, List<WorkRef>> linked = new HashMap<>();
		this.jdbc.sql("""
				(select 'references' as kind, w.public_key, w.title, w.publication_year, w.cited_by_count
				 from work_references r join works w on w.openalex_id = r.referenced_openalex_id
				 where r.work_id = :id
				 order by w.cited_by_count desc, w.id limit :limit)
				union all
				(select 'citedBy', w.public_key, w.title, w.publication_year, w.cited_by_count
				 from work_references r join works w on w.id = r.work_id
				 where cast(:openalex as text) is not null and r.referenced_openalex_id = cast(:openalex as text)
				 order by w.publication_year desc nulls last, w.id limit :limit)
				union all
				(select 'related', w.public_key, w.title, w.publication_year, w.cited_by_count
				 from related_works r join works w on w.openalex_id = r.related_openalex_id
				 where r.work_id = :id
				 order by w.cited_by_count desc, w.id limit :limit)
				""").param("id", workId).param("openalex", openalexId).param("limit", LINKED_WORKS).query((rs) -> {
			linked.computeIfAbsent(rs.getString("kind"), (k) -> new ArrayList<>())
				.add(new WorkRef(rs.getString("public_key"), rs.getString("title"),
						(Integer) rs.getObject("publication_year", Integer.class), rs.getInt("cited_by_count")));
		});
		return linked;
	}

	private static Header header(ResultSet rs) throws SQLException {
		Map<Integer, Integer> citations = new HashMap<>();
		Array years = rs.getArray("citation_years");
		Array counts = rs.getArray("citation_counts");
		if (years != null && counts != null) {
			Object[] y = (Object[]) years.getArray();
			Object[] c = (Object[]) counts.getArray();
			for (int i = 0; i < y.length; i++) {
				citations.put(((Number) y[i]).intValue(), ((Number) c[i]).intValue());
			}
		}
		String venue = rs.getString("venue");
		return new Header(rs.getLong("id"), rs.getString("public_key"), rs.getString("openalex_id"),
				rs.getString("title"), rs.getString("work_type"), rs.getObject("publication_date", LocalDate.class),
				(Integer) rs.getObject("publication_year", Integer.class),
				(venue != null) ? new WorkPage.Venue(rs.getString("source_key"), venue, rs.getString("source_type"))
						: null,
				rs.getString("doi"), rs.getString("arxiv_id"), rs.getString("abstract"), rs.getString("language"),
				rs.getInt("cited_by_count"), citations);
	}

	private static String[] array(Array array) throws SQLException {
		return (array != null) ? (String[]) array.getArray() : new String[0];
	}

	record Header(long id, String key, String openalexId, String title, String type, LocalDate publicationDate,
			Integer publicationYear, WorkPage.Venue venue, String doi, String arxivId, String abstractText,
			String language, int citedByCount, Map<Integer, Integer> citationsByYear) {
	}

	/*
	 * The keyset runs over works_list_keys_idx alone, which holds every work's citations;
	 * only the batch's own rows are read for their keys.
	 */
	List<RankedKey> keysMostCitedFirst(RankedKey after, int limit) {
		return this.jdbc.sql("""
				select w.public_key, w.cited_by_count, w.id
				from works w
				join (select id from works
				      where (cited_by_count, -id) < (?, ?)
				      order by cited_by_count desc, id
				      limit ?) batch on batch.id = w.id
				order by w.cited_by_count desc, w.id
				""")
			.params(after.citedByCount(), -after.id(), limit)
			.query((rs, n) -> new RankedKey(rs.getString("public_key"), rs.getLong("cited_by_count"), rs.getLong("id")))
			.list();
	}

}
