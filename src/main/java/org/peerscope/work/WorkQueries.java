package org.peerscope.work;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkQueries {

	/**
	 * The filter of a publication list, on {@code researcher_works rw}; parameters are
	 * bound.
	 */
	private static final String FILTER = """
			(cast(:type as text) is null or rw.work_type = cast(:type as text))
			and (cast(:from as integer) is null or rw.publication_year >= cast(:from as integer))
			and (cast(:to as integer) is null or rw.publication_year <= cast(:to as integer))""";

	/**
	 * The works on a researcher's list ({@code researcher_works rw}): all they authored
	 * but, on the public list, those they flagged "not me" while the flag awaits review.
	 */
	private static final String RESEARCHERS_WORKS = """
			rw.researcher_id = :researcher
			and (cast(:withDisputed as boolean)
			     or not exists (select 1 from authorship_disputes d where d.researcher_id = rw.researcher_id
			                    and d.work_id = rw.work_id and d.status = 'OPEN'))""";

	private final JdbcClient jdbc;

	WorkQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * How many works match the filter, how many there are, and what the filter offers.
	 * Without years to filter on, they are the kept counts of each type
	 * ({@code researcher_work_types}); counted from the works for a filter on years, and
	 * on the public list of a researcher with works flagged "not me".
	 */
	Facets facetsOf(long researcherId, WorkListQuery query, boolean withDisputed) {
		if (query.fromYear() == null && query.toYear() == null) {
			List<Facets> kept = this.jdbc.sql("""
					select t.work_type, t.works as total, t.first_year, t.last_year,
					       case when cast(:type as text) is null or t.work_type = cast(:type as text) then t.works
					            else 0 end as matching
					from researcher_work_types t
					where t.researcher_id = :researcher
					  and (cast(:withDisputed as boolean)
					       or not exists (select 1 from authorship_disputes d where d.researcher_id = :researcher
					                      and d.status = 'OPEN'))
					""")
				.param("researcher", researcherId)
				.param("withDisputed", withDisputed)
				.param("type", query.type())
				.query(WorkQueries::facetsOfType)
				.list();
			if (!kept.isEmpty()) {
				return Facets.merge(kept);
			}
		}
		List<Facets> byType = this.jdbc.sql("""
				select rw.work_type, count(*) filter (where %s) as matching, count(*) as total,
				       min(rw.publication_year) as first_year, max(rw.publication_year) as last_year
				from researcher_works rw
				where %s
				group by rw.work_type
				""".formatted(FILTER, RESEARCHERS_WORKS))
			.param("researcher", researcherId)
			.param("withDisputed", withDisputed)
			.param("type", query.type())
			.param("from", query.fromYear())
			.param("to", query.toYear())
			.query(WorkQueries::facetsOfType)
			.list();
		return Facets.merge(byType);
	}

	private static Facets facetsOfType(ResultSet rs, int row) throws SQLException {
		return new Facets(rs.getLong("matching"), rs.getLong("total"), rs.getObject("first_year", Integer.class),
				rs.getObject("last_year", Integer.class), List.of(rs.getString("work_type")));
	}

	/**
	 * One page: the pinned works that match first (by their position), then the others in
	 * the list's order. The page is chosen on {@code researcher_works} alone, read in its
	 * index order up to the page's end; only the page's works are read whole.
	 */
	List<WorkListItem> worksOf(long researcherId, WorkListQuery query, boolean withDisputed, long offset, int limit,
			int leadingAuthors) {
		WorkSort sort = query.sort();
		String workRows = (sort == WorkSort.TITLE) ? "join works w on w.id = rw.work_id" : "";
		List<WorkRow> rows = this.jdbc.sql("""
				with page as (
				    select listed.id, listed.part, listed.rank from (
				        (select rw.work_id as id, 1 as part, p.position::bigint as rank
				         from researcher_pinned_works p
				         join researcher_works rw on rw.researcher_id = p.researcher_id and rw.work_id = p.work_id
				         where p.researcher_id = :researcher and %1$s and %2$s)
				        union all
				        (select rw.work_id, 2, row_number() over (order by %3$s)
				         from researcher_works rw %4$s
				         where %1$s and %2$s
				           and not exists (select 1 from researcher_pinned_works p
				                           where p.researcher_id = rw.researcher_id and p.work_id = rw.work_id)
				         order by %3$s
				         limit :pageEnd)
				    ) listed
				    order by listed.part, listed.rank
				    offset :offset limit :limit
				)
				select w.id, w.public_key, w.title, w.work_type, w.publication_date, w.publication_year,
				       coalesce(s.display_name, w.venue_name) as venue, w.doi, w.arxiv_id, w.abstract,
				       w.cited_by_count, page.part = 1 as pinned,
				       (select max(author_order) from authorships c where c.work_id = w.id) as author_count
				from page
				join works w on w.id = page.id
				left join sources s on s.id = w.source_id
				order by page.part, page.rank
				""".formatted(RESEARCHERS_WORKS, FILTER, sort.orderBy(), workRows))
			.param("researcher", researcherId)
			.param("withDisputed", withDisputed)
			.param("type", query.type())
			.param("from", query.fromYear())
			.param("to", query.toYear())
			.param("offset", offset)
			.param("limit", limit)
			.param("pageEnd", offset + limit)
			.query((rs, n) -> new WorkRow(rs.getLong("id"), rs.getString("public_key"), rs.getString("title"),
					rs.getString("work_type"), rs.getObject("publication_date", LocalDate.class),
					(Integer) rs.getObject("publication_year", Integer.class), rs.getString("venue"),
					rs.getString("doi"), rs.getString("arxiv_id"), rs.getString("abstract"),
					rs.getInt("cited_by_count"), rs.getInt("author_count"), rs.getBoolean("pinned")))
			.list();
		Map<Long, List<AuthorCredit>> credits = creditsOf(rows, researcherId, leadingAuthors);
		return rows.stream()
			.map((row) -> new WorkListItem(row.key(), row.title(), row.type(), row.publicationDate(),
					row.publicationYear(), row.venue(), row.doi(), row.arxivId(), row.abstractText(),
					row.citedByCount(), credits.getOrDefault(row.id(), List.of()), row.authorCount(), row.pinned()))
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

	static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	record Facets(long matching, long total, Integer firstYear, Integer lastYear, List<String> types) {

		/** The facets of all types from those of each (types in order). */
		static Facets merge(List<Facets> byType) {
			long matching = 0;
			long total = 0;
			Integer firstYear = null;
			Integer lastYear = null;
			List<String> types = new ArrayList<>();
			for (Facets facets : byType) {
				matching += facets.matching();
				total += facets.total();
				firstYear = pick(firstYear, facets.firstYear(), Math::min);
				lastYear = pick(lastYear, facets.lastYear(), Math::max);
				types.addAll(facets.types());
			}
			types.sort(null);
			return new Facets(matching, total, firstYear, lastYear, List.copyOf(types));
		}

		private static Integer pick(Integer a, Integer b, BinaryOperator<Integer> choice) {
			return (a == null) ? b : (b == null) ? a : choice.apply(a, b);
		}

	}

	private record WorkRow(long id, String key, String title, String type, LocalDate publicationDate,
			Integer publicationYear, String venue, String doi, String arxivId, String abstractText, int citedByCount,
			int authorCount, boolean pinned) {
	}

}
