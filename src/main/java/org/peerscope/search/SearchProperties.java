package org.peerscope.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search ({@code peerscope.search.*}).
 *
 * @param workCandidates how many matching works are ranked at most: a search for a very
 * common word ranks the first this many matches rather than all of them, which keeps it
 * fast on a large catalogue
 * @param nameSimilarity how similar (pg_trgm word similarity, 0 to 1) a name must be to
 * what was typed to match: lower tolerates more typos and finds more namesakes
 */
@ConfigurationProperties("peerscope.search")
record SearchProperties(@DefaultValue("1000") int workCandidates, @DefaultValue("0.55") double nameSimilarity) {

	SearchProperties {
		if (workCandidates < 100) {
			throw new IllegalArgumentException("peerscope.search.work-candidates must be at least 100");
		}
		if (nameSimilarity <= 0 || nameSimilarity > 1) {
			throw new IllegalArgumentException("peerscope.search.name-similarity must be above 0 and at most 1");
		}
	}

}
