package org.peerscope.sitemap;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sitemaps list: every researcher, work, topic and institution page.
 */
@Service
@Transactional(readOnly = true)
class SitemapService {

	private final SitemapQueries queries;

	SitemapService(SitemapQueries queries) {
		this.queries = queries;
	}

	Map<SitemapSection, Long> counts() {
		return this.queries.counts();
	}

	/** The keys of one part (from 1) of a section. */
	List<String> keys(SitemapSection section, int part, int size) {
		return this.queries.keys(section, (long) (part - 1) * size, size);
	}

}
