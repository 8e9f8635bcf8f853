package org.peerscope.graph;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keeps {@code graph_top_neighbours} (the top researchers, works and topics of every
 * topic and institution) in step with the catalogue. Each refresh is a handful of
 * set-based statements, for the whole catalogue or for a set of owners.
 */
@Repository
class TopNeighbourStore {

	/**
	 * What is kept, per kind of owner and neighbour: a query yielding (owner, neighbour,
	 * weight) for the owners matching the condition put in place of {@code %s}.
	 */
	private static final List<Ranking> RANKINGS = List.of(new Ranking("topic", "work", "wt.topic_id", """
			select wt.topic_id as owner, wt.work_id as neighbour, w.cited_by_count::float8 as weight
			from work_topics wt join works w on w.id = wt.work_id
			where %s"""), new Ranking("topic", "institution", "rt.topic_id", """
			select rt.topic_id as owner, ra.institution_id as neighbour, sum(rt.work_count)::float8 as weight
			from researcher_topics rt join researcher_affiliations ra on ra.researcher_id = rt.researcher_id
			where %s
			group by rt.topic_id, ra.institution_id"""),
			new Ranking("institution", "researcher", "ra.institution_id", """
					select ra.institution_id as owner, ra.researcher_id as neighbour,
					       coalesce(m.cited_by_count, 0)::float8 as weight
					from researcher_affiliations ra left join researcher_metrics m on m.researcher_id = ra.researcher_id
					where %s"""), new Ranking("institution", "work", "ai.institution_id", """
					select ai.institution_id as owner, ai.work_id as neighbour, w.cited_by_count::float8 as weight
					from (select distinct institution_id, work_id from authorship_institutions) ai
					join works w on w.id = ai.work_id
					where %s"""), new Ranking("institution", "topic", "ra.institution_id", """
					select ra.institution_id as owner, rt.topic_id as neighbour, sum(rt.work_count)::float8 as weight
					from researcher_affiliations ra join researcher_topics rt on rt.researcher_id = ra.researcher_id
					where %s
					group by ra.institution_id, rt.topic_id"""));

	private final JdbcClient jdbc;

	TopNeighbourStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void refreshAll(int kept) {
		this.jdbc.sql("delete from graph_top_neighbours").update();
		for (Ranking ranking : RANKINGS) {
			insert(ranking, "true", null, kept);
		}
	}

	/** Refreshes the topics and institutions that the given researchers touch. */
	void refreshAround(Long[] researcherIds, int kept) {
		Long[] topics = this.jdbc.sql("""
				select topic_id from researcher_topics where researcher_id = any(:r)
				union
				select wt.topic_id from authorships a join work_topics wt on wt.work_id = a.work_id
				where a.researcher_id = any(:r)""")
			.param("r", researcherIds)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		Long[] institutions = this.jdbc.sql("""
				select institution_id from researcher_affiliations where researcher_id = any(:r)
				union
				select ai.institution_id from authorships a join authorship_institutions ai on ai.work_id = a.work_id
				where a.researcher_id = any(:r)""")
			.param("r", researcherIds)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		refresh("topic", topics, kept);
		refresh("institution", institutions, kept);
	}

	private void refresh(String ownerKind, Long[] owners, int kept) {
		if (owners.length == 0) {
			return;
		}
		this.jdbc.sql("delete from graph_top_neighbours where owner_kind = ? and owner_id = any(?)")
			.params(ownerKind, owners)
			.update();
		for (Ranking ranking : RANKINGS) {
			if (ranking.ownerKind().equals(ownerKind)) {
				insert(ranking, ranking.ownerColumn() + " = any(:owners)", owners, kept);
			}
		}
	}

	private void insert(Ranking ranking, String ownerCondition, Long[] owners, int kept) {
		String sql = """
				insert into graph_top_neighbours (owner_kind, owner_id, neighbour_kind, neighbour_id, weight)
				select :ownerKind, owner, :neighbourKind, neighbour, weight from (
				    select owner, neighbour, weight,
				           row_number() over (partition by owner order by weight desc, neighbour) as rank
				    from (%s) candidates) ranked
				where rank <= :kept""".formatted(ranking.sql().formatted(ownerCondition));
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("ownerKind", ranking.ownerKind())
			.param("neighbourKind", ranking.neighbourKind())
			.param("kept", kept);
		if (owners != null) {
			statement = statement.param("owners", owners);
		}
		statement.update();
	}

	/**
	 * @param ownerColumn the column a condition on the owner applies to
	 */
	private record Ranking(String ownerKind, String neighbourKind, String ownerColumn, String sql) {

	}

}
