package org.peerscope.work;

import org.peerscope.common.PageSlice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A researcher's publication list.
 */
@Service
@Transactional(readOnly = true)
public class ResearcherWorksService {

	/** Authors shown before "et al.". */
	static final int LEADING_AUTHORS = 3;

	private final WorkQueries queries;

	ResearcherWorksService(WorkQueries queries) {
		this.queries = queries;
	}

	/** Newest first; costs three queries whatever the researcher has. */
	public PageSlice<WorkListItem> worksOf(long researcherId, int page, int size) {
		long total = this.queries.countWorksOf(researcherId);
		return new PageSlice<>(this.queries.worksOf(researcherId, PageSlice.offset(page, size), size, LEADING_AUTHORS),
				page, size, total);
	}

}
