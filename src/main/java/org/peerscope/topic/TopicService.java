package org.peerscope.topic;

import java.util.Optional;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.PageSlice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads topic pages.
 */
@Service
@Transactional(readOnly = true)
public class TopicService {

	private final TopicQueries queries;

	TopicService(TopicQueries queries) {
		this.queries = queries;
	}

	/**
	 * The page of a topic by public key (any case); three queries whatever the topic's
	 * size.
	 */
	public Optional<TopicPage> page(String rawKey, int researchersPage, int worksPage, int size) {
		return CatalogKind.TOPIC.normalizeKey(rawKey).flatMap(this.queries::header).map((t) -> {
			PageSlice<TopicPage.Researcher> researchers = new PageSlice<>(
					this.queries.researchers(t.id(), PageSlice.offset(researchersPage, size), size), researchersPage,
					size, t.researchers());
			PageSlice<TopicPage.Work> works = new PageSlice<>(
					this.queries.works(t.id(), PageSlice.offset(worksPage, size), size), worksPage, size, t.works());
			return new TopicPage(t.key(), t.openalexId(), t.arxivCategory(), t.name(), t.description(), t.subfield(),
					t.field(), t.domain(), t.works(), t.researchers(), researchers, works);
		});
	}

}
