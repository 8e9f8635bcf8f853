package org.peerscope.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkQueries {

	private final JdbcClient jdbc;

	WorkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long countWorksOf(long researcherId) {
		return this.jdbc.sql("select count(distinct work_id) from authorships where researcher_id = ?")
			.param(researcherId)
			.query(Long.class)
			.single();
	}

	List<WorkListItem> worksOf(long researcherId, long offset, int limit, int leadingAuthors) {
		List<WorkRow> rows = this.jdbc.sql("""
				select w.id, w.public_key, w.title, w.work_type, w.publication_date, w.publication_year,
				       coalesce(s.display_name, w.venue_name) as venue, w.doi, w.arxiv_id, w.abstract,
				       w.cited_by_count,
				       (select max(author_order) from authorships c where c.work_id = w.id) as author_count
				from works w
				left join sources s on s.id = w.source_id
				where w.id in (select work_id from authorships where researcher_id = :researcher)
				order by coalesce(w.publication_date, make_date(w.publication_year, 1, 1)) desc nulls last, w.id desc
				offset :offset limit :limit
				""")
			.param("researcher", researcherId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new WorkRow(rs.getLong("id"), rs.getString("public_key"), rs.getString("title"),
					rs.getString("work_type"), rs.getObject("publication_date", LocalDate.class),
					(Integer) rs.getObject("publication_year", Integer.class), rs.getString("venue"),
					rs.getString("doi"), rs.getString("arxiv_id"), rs.getString("abstract"),
					rs.getInt("cited_by_count"), rs.getInt("author_count")))
			.list();
		Map<Long, List<AuthorCredit>> credits = creditsOf(rows, researcherId, leadingAuthors);
		return rows.stream()
			.map((row) -> new WorkListItem(row.key(), row.title(), row.type(), row.publicationDate(),
					row.publicationYear(), row.venue(), row.doi(), row.arxivId(), row.abstractText(),
					row.citedByCount(), credits.getOrDefault(row.id(), List.of()), row.authorCount()))
			.toList();
	}

	/**
	 * The leading authors of each work plus, wherever they sit, the researcher the list
	 * is for.
	 */
	private Map<Long, List<AuthorCredit>> creditsOf(List<WorkRow> rows, long researcherId, int leadingAuthors) {
		Map<Long, List<AuthorCredit>> credits = new HashMap<>();
		if (rows.isEmpty()) {
			return credits;
		}
		Long[] workIds = rows.stream().map(WorkRow::id).toArray(Long[]::new);
		this.jdbc.sql("""
				select a.work_id, a.author_order, a.raw_author_name, r.public_key, a.researcher_id
				from authorships a
				left join researchers r on r.id = a.researcher_id
				where a.work_id = any(:works) and (a.author_order <= :leading or a.researcher_id = :researcher)
				order by a.work_id, a.author_order
				""")
			.param("works", workIds)
			.param("leading", leadingAuthors)
			.param("researcher", researcherId)
			.query((rs) -> {
				long workId = rs.getLong("work_id");
				int order = rs.getInt("author_order");
				List<AuthorCredit> list = credits.computeIfAbsent(workId, (id) -> new ArrayList<>());
				int previousOrder = list.isEmpty() ? 0 : list.get(list.size() - 1).order();
				list.add(new AuthorCredit(order, rs.getString("raw_author_name"), rs.getString("public_key"),
						rs.getLong("researcher_id") == researcherId, order > previousOrder + 1));
			});
		return credits;
	}

	private record WorkRow(long id, String key, String title, String type, LocalDate publicationDate,
			Integer publicationYear, String venue, String doi, String arxivId, String abstractText, int citedByCount,
			int authorCount) {
	}

}
