package org.peerscope.sitemap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SitemapQueries {

	private final JdbcClient jdbc;

	SitemapQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many records of each kind have a public page. */
	Map<SitemapSection, Long> counts() {
		Map<SitemapSection, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				select (select count(*) from researchers) as researchers, (select count(*) from works) as works,
				       (select count(*) from topics) as topics, (select count(*) from institutions) as institutions
				""").query((rs) -> {
			for (SitemapSection section : SitemapSection.values()) {
				counts.put(section, rs.getLong(section.table()));
			}
		});
		return counts;
	}

	/** The public keys of one part of a section, in id order. */
	List<String> keys(SitemapSection section, long offset, int limit) {
		return this.jdbc.sql("select public_key from " + section.table() + " order by id offset ? limit ?")
			.params(offset, limit)
			.query(String.class)
			.list();
	}

}
