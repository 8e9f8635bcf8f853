package org.peerscope.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The size of the catalogue, for the home page.
 */
@Service
@Transactional(readOnly = true)
class CatalogueOverview {

	private final JdbcClient jdbc;

	CatalogueOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts counts() {
		return this.jdbc.sql("""
				select (select count(*) from researchers) as researchers, (select count(*) from works) as works,
				       (select count(*) from institutions) as institutions, (select count(*) from topics) as topics
				""")
			.query((rs, n) -> new Counts(rs.getLong("researchers"), rs.getLong("works"), rs.getLong("institutions"),
					rs.getLong("topics")))
			.single();
	}

	record Counts(long researchers, long works, long institutions, long topics) {
	}

}
