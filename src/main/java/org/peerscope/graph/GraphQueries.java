package org.peerscope.graph;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.peerscope.common.CatalogKind;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind graph slices. Every query is an index range bounded by the record's
 * own degree or by a limit, never by the size of the catalogue; queries about many nodes
 * at once take bigint arrays and cost one statement.
 */
@Repository
class GraphQueries {

	/**
	 * The columns every node query selects: id, key, label, weight, year, works,
	 * citations.
	 */
	private static final String RESEARCHER_COLUMNS = """
			r.id, r.public_key as key, r.display_name as label, %s::float8 as weight, null::integer as year,
			m.works_count, m.cited_by_count""";

	private static final String WORK_COLUMNS = """
			w.id, w.public_key as key, w.title as label, %s::float8 as weight, w.publication_year::integer as year,
			null::integer as works_count, w.cited_by_count::bigint as cited_by_count""";

	private static final String TOPIC_COLUMNS = """
			t.id, t.public_key as key, t.display_name as label, %s::float8 as weight, null::integer as year,
			%s::integer as works_count, null::bigint as cited_by_count""";

	private static final String INSTITUTION_COLUMNS = """
			i.id, i.public_key as key, i.display_name as label, %s::float8 as weight, null::integer as year,
			null::integer as works_count, null::bigint as cited_by_count""";

	private final JdbcClient jdbc;

	GraphQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The focus itself, with its figures. */
	NodeRow focus(CatalogKind kind, long id) {
		String sql = switch (kind) {
			case RESEARCHER -> "select " + RESEARCHER_COLUMNS.formatted("1")
					+ " from researchers r left join researcher_metrics m on m.researcher_id = r.id where r.id = ?";
			case WORK -> "select " + WORK_COLUMNS.formatted("1") + " from works w where w.id = ?";
			case TOPIC -> "select " + TOPIC_COLUMNS.formatted("1", "null") + " from topics t where t.id = ?";
			case INSTITUTION -> "select " + INSTITUTION_COLUMNS.formatted("1") + " from institutions i where i.id = ?";
			case SOURCE -> throw new IllegalArgumentException("Sources are not in the graph");
		};
		return this.jdbc.sql(sql).param(id).query(nodes(kind)).single();
	}

	// Around a researcher

	List<NodeRow> coauthorsOf(long researcherId, int limit) {
		return this.jdbc.sql("select " + RESEARCHER_COLUMNS.formatted("c.shared_works") + """
				 from coauthor_links c
				join researchers r on r.id = c.coauthor_id
				left join researcher_metrics m on m.researcher_id = r.id
				where c.researcher_id = ?
				order by c.shared_works desc, c.coauthor_id
				limit ?""").params(researcherId, limit).query(nodes(CatalogKind.RESEARCHER)).list();
	}

	/**
	 * The researcher's most cited works, picked on {@code researcher_works} in its
	 * most-cited index order, so that only those rows are read whole (an author of
	 * thousands of works otherwise reads them all).
	 */
	List<NodeRow> worksOf(long researcherId, int limit) {
		return this.jdbc.sql("select " + WORK_COLUMNS.formatted("w.cited_by_count") + """
				 from works w
				where w.id = any(array(
				    select rw.work_id from researcher_works rw
				    where rw.researcher_id = ?
				    order by rw.cited_by_count desc, rw.work_id
				    limit ?))
				order by w.cited_by_count desc, w.id""")
			.params(researcherId, limit)
			.query(nodes(CatalogKind.WORK))
			.list();
	}

	List<NodeRow> topicsOf(long researcherId, int limit) {
		return this.jdbc.sql("select " + TOPIC_COLUMNS.formatted("rt.share", "rt.work_count") + """
				 from researcher_topics rt
				join topics t on t.id = rt.topic_id
				where rt.researcher_id = ?
				order by rt.share desc, rt.topic_id
				limit ?""").params(researcherId, limit).query(nodes(CatalogKind.TOPIC)).list();
	}

	/** Current affiliation first, then the most recent. */
	List<NodeRow> institutionsOf(long researcherId, int limit) {
		return this.jdbc.sql("select "
				+ INSTITUTION_COLUMNS.formatted("case when i.id = r.last_known_institution_id then 2 else 1 end") + """
						 from researcher_affiliations ra
						join institutions i on i.id = ra.institution_id
						join researchers r on r.id = ra.researcher_id
						where ra.researcher_id = ?
						order by weight desc, ra.last_year desc nulls first, ra.first_year desc nulls last, i.id
						limit ?""")
			.params(researcherId, limit)
			.query(nodes(CatalogKind.INSTITUTION))
			.list();
	}

	// Around a work

	/**
	 * Authors in the catalogue, in byline order (weight: 1 for the first, 1/n for the
	 * n-th).
	 */
	List<NodeRow> authorsOf(long workId, int limit) {
		return this.jdbc.sql("select " + RESEARCHER_COLUMNS.formatted("1.0 / a.author_order") + """
				 from (select distinct on (researcher_id) researcher_id, author_order from authorships
				      where work_id = ? and researcher_id is not null order by researcher_id, author_order) a
				join researchers r on r.id = a.researcher_id
				left join researcher_metrics m on m.researcher_id = r.id
				order by a.author_order
				limit ?""").params(workId, limit).query(nodes(CatalogKind.RESEARCHER)).list();
	}

	List<NodeRow> topicsOfWork(long workId, int limit) {
		return this.jdbc.sql("select " + TOPIC_COLUMNS.formatted("wt.score", "null") + """
				 from work_topics wt
				join topics t on t.id = wt.topic_id
				where wt.work_id = ?
				order by wt.is_primary desc, wt.score desc, wt.topic_id
				limit ?""").params(workId, limit).query(nodes(CatalogKind.TOPIC)).list();
	}

	/** Institutions of the work's authors (weight: authors there). */
	List<NodeRow> institutionsOfWork(long workId, int limit) {
		return this.jdbc.sql("select " + INSTITUTION_COLUMNS.formatted("ai.authors") + """
				 from (select institution_id, count(*) as authors from authorship_institutions
				      where work_id = ? group by institution_id) ai
				join institutions i on i.id = ai.institution_id
				order by ai.authors desc, i.id
				limit ?""").params(workId, limit).query(nodes(CatalogKind.INSTITUTION)).list();
	}

	/** Works this one cites, works citing it and related works, most cited first. */
	List<NodeRow> linkedWorks(long workId, int limit) {
		return this.jdbc.sql("select " + WORK_COLUMNS.formatted("w.cited_by_count") + """
				 from works w where w.id = any(array(
				    select c.id from work_references wr join works c on c.openalex_id = wr.referenced_openalex_id
				    where wr.work_id = :work
				    union
				    select wr.work_id from works f join work_references wr on wr.referenced_openalex_id = f.openalex_id
				    where f.id = :work
				    union
				    select c.id from related_works rw join works c on c.openalex_id = rw.related_openalex_id
				    where rw.work_id = :work))
				  and w.id <> :work
				order by w.cited_by_count desc, w.id
				limit :limit""").param("work", workId).param("limit", limit).query(nodes(CatalogKind.WORK)).list();
	}

	// Around a topic or an institution

	List<NodeRow> researchersOfTopic(long topicId, int limit) {
		return this.jdbc.sql("select " + RESEARCHER_COLUMNS.formatted("rt.work_count") + """
				 from researcher_topics rt
				join researchers r on r.id = rt.researcher_id
				left join researcher_metrics m on m.researcher_id = r.id
				where rt.topic_id = ?
				order by rt.work_count desc, rt.researcher_id
				limit ?""").params(topicId, limit).query(nodes(CatalogKind.RESEARCHER)).list();
	}

	/**
	 * Precomputed neighbours of a topic or an institution ({@code graph_top_neighbours}).
	 */
	List<NodeRow> topNeighbours(CatalogKind owner, long ownerId, CatalogKind neighbour, int limit) {
		String sql = switch (neighbour) {
			case RESEARCHER -> "select " + RESEARCHER_COLUMNS.formatted("g.weight")
					+ " from graph_top_neighbours g join researchers r on r.id = g.neighbour_id"
					+ " left join researcher_metrics m on m.researcher_id = r.id";
			case WORK -> "select " + WORK_COLUMNS.formatted("g.weight")
					+ " from graph_top_neighbours g join works w on w.id = g.neighbour_id";
			case TOPIC -> "select " + TOPIC_COLUMNS.formatted("g.weight", "g.weight")
					+ " from graph_top_neighbours g join topics t on t.id = g.neighbour_id";
			case INSTITUTION -> "select " + INSTITUTION_COLUMNS.formatted("g.weight")
					+ " from graph_top_neighbours g join institutions i on i.id = g.neighbour_id";
			case SOURCE -> throw new IllegalArgumentException("Sources are not in the graph");
		};
		return this.jdbc.sql(sql + """
				 where g.owner_kind = ? and g.owner_id = ? and g.neighbour_kind = ?
				order by g.weight desc, g.neighbour_id
				limit ?""")
			.params(GraphKinds.name(owner), ownerId, GraphKinds.name(neighbour), limit)
			.query(nodes(neighbour))
			.list();
	}

	// Depth 2: the people around many nodes at once

	List<NodeRow> coauthorsOfEach(Long[] researcherIds, int perResearcher) {
		return this.jdbc
			.sql("select x.* from unnest(?::bigint[]) s(id) cross join lateral (select "
					+ RESEARCHER_COLUMNS.formatted("c.shared_works") + """
							 from coauthor_links c
							join researchers r on r.id = c.coauthor_id
							left join researcher_metrics m on m.researcher_id = r.id
							where c.researcher_id = s.id
							order by c.shared_works desc, c.coauthor_id
							limit ?) x""")
			.params(researcherIds, perResearcher)
			.query(nodes(CatalogKind.RESEARCHER))
			.list();
	}

	List<NodeRow> authorsOfEach(Long[] workIds, int perWork) {
		return this.jdbc
			.sql("select x.* from unnest(?::bigint[]) s(id) cross join lateral (select "
					+ RESEARCHER_COLUMNS.formatted("1.0 / a.author_order") + """
							 from authorships a
							join researchers r on r.id = a.researcher_id
							left join researcher_metrics m on m.researcher_id = r.id
							where a.work_id = s.id
							order by a.author_order
							limit ?) x""")
			.params(workIds, perWork)
			.query(nodes(CatalogKind.RESEARCHER))
			.list();
	}

	List<NodeRow> researchersOfEachTopic(Long[] topicIds, int perTopic) {
		return this.jdbc
			.sql("select x.* from unnest(?::bigint[]) s(id) cross join lateral (select "
					+ RESEARCHER_COLUMNS.formatted("rt.work_count") + """
							 from researcher_topics rt
							join researchers r on r.id = rt.researcher_id
							left join researcher_metrics m on m.researcher_id = r.id
							where rt.topic_id = s.id
							order by rt.work_count desc, rt.researcher_id
							limit ?) x""")
			.params(topicIds, perTopic)
			.query(nodes(CatalogKind.RESEARCHER))
			.list();
	}

	List<NodeRow> researchersOfEachInstitution(Long[] institutionIds, int perInstitution) {
		return this.jdbc
			.sql("select x.* from unnest(?::bigint[]) s(id) cross join lateral (select "
					+ RESEARCHER_COLUMNS.formatted("g.weight") + """
							 from graph_top_neighbours g
							join researchers r on r.id = g.neighbour_id
							left join researcher_metrics m on m.researcher_id = r.id
							where g.owner_kind = 'institution' and g.owner_id = s.id and g.neighbour_kind = 'researcher'
							order by g.weight desc, g.neighbour_id
							limit ?) x""")
			.params(institutionIds, perInstitution)
			.query(nodes(CatalogKind.RESEARCHER))
			.list();
	}

	/**
	 * Every edge among the given nodes, in one statement (and one before it). Edges that
	 * reach past these nodes may come back too, and the slice drops them: a work's topics
	 * are read whole, because asked for the slice's topics as well PostgreSQL walked the
	 * topic index, where each topic holds tens of thousands of works (169 buffers per
	 * slice on a 1M-works catalogue against about 30).
	 */
	List<EdgeRow> edgesAmong(Long[] researchers, Long[] works, Long[] topics, Long[] institutions) {
		// Planned for every call this statement cost more than it took to run (0.56 ms a
		// slice on a 1M-works catalogue): PostgreSQL keeps a plan for its arrays of any
		// length, whose index paths do not depend on their contents, only if told to.
		this.jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
		return this.jdbc.sql("""
				select 'coauthorship' as kind, 'RESEARCHER' as source_kind, c.researcher_id as source_id,
				       'RESEARCHER' as target_kind, c.coauthor_id as target_id, c.shared_works::float8 as weight,
				       null::integer as first_year, null::integer as last_year
				from coauthor_links c
				where c.researcher_id = any(:r) and c.coauthor_id = any(:r) and c.researcher_id < c.coauthor_id
				union all
				select 'authored', 'RESEARCHER', a.researcher_id, 'WORK', a.work_id, 1, null, null
				from (select distinct researcher_id, work_id from authorships
				      where work_id = any(:w) and researcher_id = any(:r)) a
				union all
				select 'work-topic', 'WORK', wt.work_id, 'TOPIC', wt.topic_id, wt.score, null, null
				from work_topics wt where wt.work_id = any(:w)
				union all
				select 'researcher-topic', 'RESEARCHER', rt.researcher_id, 'TOPIC', rt.topic_id, rt.share, null, null
				from researcher_topics rt where rt.researcher_id = any(:r) and rt.topic_id = any(:t)
				union all
				select 'affiliation', 'RESEARCHER', ra.researcher_id, 'INSTITUTION', ra.institution_id, 1,
				       ra.first_year, ra.last_year
				from researcher_affiliations ra where ra.researcher_id = any(:r) and ra.institution_id = any(:i)
				union all
				select 'cites', 'WORK', wr.work_id, 'WORK', c.id, 1, null, null
				from work_references wr join works c on c.openalex_id = wr.referenced_openalex_id
				where wr.work_id = any(:w) and c.id = any(:w) and c.id <> wr.work_id
				union all
				select 'related', 'WORK', rw.work_id, 'WORK', c.id, 1, null, null
				from related_works rw join works c on c.openalex_id = rw.related_openalex_id
				where rw.work_id = any(:w) and c.id = any(:w) and c.id <> rw.work_id
				""")
			.param("r", researchers)
			.param("w", works)
			.param("t", topics)
			.param("i", institutions)
			.query((rs, n) -> new EdgeRow(rs.getString("kind"), CatalogKind.valueOf(rs.getString("source_kind")),
					rs.getLong("source_id"), CatalogKind.valueOf(rs.getString("target_kind")), rs.getLong("target_id"),
					rs.getDouble("weight"), (Integer) rs.getObject("first_year", Integer.class),
					(Integer) rs.getObject("last_year", Integer.class)))
			.list();
	}

	private static RowMapper<NodeRow> nodes(CatalogKind kind) {
		return (rs, n) -> node(kind, rs);
	}

	private static NodeRow node(CatalogKind kind, ResultSet rs) throws SQLException {
		return new NodeRow(kind, rs.getLong("id"), rs.getString("key"), rs.getString("label"), rs.getDouble("weight"),
				(Integer) rs.getObject("year", Integer.class), (Integer) rs.getObject("works_count", Integer.class),
				(Long) rs.getObject("cited_by_count", Long.class));
	}

}
