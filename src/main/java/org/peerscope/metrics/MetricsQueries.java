package org.peerscope.metrics;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.peerscope.metrics.MetricsReport.YearFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads one researcher's stored figures, their yearly counts and the source's figures in
 * one statement.
 */
@Repository
class MetricsQueries {

	private final JdbcClient jdbc;

	MetricsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MetricsReport> report(long researcherId) {
		return this.jdbc.sql("""
				select m.works_count, m.cited_by_count, m.h_index, m.i10_index, m.two_year_mean_citedness,
				       m.novelty_percent, m.works_with_two_topics, m.novel_works, m.ai_score, m.main_field,
				       m.first_publication_year, m.last_publication_year,
				       s.source, s.source_date, s.works_count as s_works, s.cited_by_count as s_citations,
				       s.h_index as s_h, s.i10_index as s_i10, s.two_year_mean_citedness as s_two_year,
				       y.years, y.works, y.citations
				from researcher_metrics m
				left join researcher_source_figures s on s.researcher_id = m.researcher_id and s.source = 'openalex'
				left join lateral (
				    select array_agg(year order by year) as years, array_agg(works_count order by year) as works,
				           array_agg(cited_by_count order by year) as citations
				    from researcher_yearly_counts where researcher_id = m.researcher_id) y on true
				where m.researcher_id = ?
				""").param(researcherId).query((rs, n) -> report(rs)).optional();
	}

	private static MetricsReport report(ResultSet rs) throws SQLException {
		int works = rs.getInt("works_count");
		long citations = rs.getLong("cited_by_count");
		int h = rs.getInt("h_index");
		int i10 = rs.getInt("i10_index");
		double twoYear = rs.getDouble("two_year_mean_citedness");
		MetricsReport.SourceFigures source = null;
		if (rs.getString("source") != null) {
			source = SourceComparison.compare(works, citations, h, i10, twoYear, new SourceComparison.Stated(
					rs.getString("source"), rs.getObject("source_date", LocalDate.class),
					(Integer) rs.getObject("s_works", Integer.class), (Long) rs.getObject("s_citations", Long.class),
					(Integer) rs.getObject("s_h", Integer.class), (Integer) rs.getObject("s_i10", Integer.class),
					(Double) rs.getObject("s_two_year", Double.class)));
		}
		return new MetricsReport(works, citations, h, i10, twoYear,
				(Double) rs.getObject("novelty_percent", Double.class), rs.getInt("works_with_two_topics"),
				rs.getInt("novel_works"), (Double) rs.getObject("ai_score", Double.class), rs.getString("main_field"),
				(Integer) rs.getObject("first_publication_year", Integer.class),
				(Integer) rs.getObject("last_publication_year", Integer.class),
				years(rs.getArray("years"), rs.getArray("works"), rs.getArray("citations")), source);
	}

	private static List<YearFigures> years(Array years, Array works, Array citations) throws SQLException {
		List<YearFigures> result = new ArrayList<>();
		if (years == null) {
			return result;
		}
		Object[] y = (Object[]) years.getArray();
		Object[] w = (Object[]) works.getArray();
		Object[] c = (Object[]) citations.getArray();
		for (int i = 0; i < y.length; i++) {
			result.add(new YearFigures(((Number) y[i]).intValue(), ((Number) w[i]).intValue(),
					((Number) c[i]).longValue()));
		}
		return result;
	}

}
