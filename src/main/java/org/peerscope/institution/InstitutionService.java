package org.peerscope.institution;

import java.util.Optional;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.PageSlice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads institution pages.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

	static final int TOP_TOPICS = 10;

	private final InstitutionQueries queries;

	InstitutionService(InstitutionQueries queries) {
		this.queries = queries;
	}

	/**
	 * The page of an institution by public key (any case); three queries whatever its
	 * size.
	 */
	public Optional<InstitutionPage> page(String rawKey, int page, int size) {
		return CatalogKind.INSTITUTION.normalizeKey(rawKey).flatMap(this.queries::header).map((i) -> {
			PageSlice<InstitutionPage.Member> members = new PageSlice<>(
					this.queries.members(i.id(), PageSlice.offset(page, size), size), page, size, i.members());
			return new InstitutionPage(i.key(), i.openalexId(), i.ror(), i.name(), i.countryCode(), i.type(),
					i.homepageUrl(), i.currentMembers(), i.works(), members,
					this.queries.topTopics(i.id(), TOP_TOPICS));
		});
	}

}
