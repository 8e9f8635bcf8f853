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
		return worksOf(researcherId, WorkListQuery.newestFirst(page), size).works();
	}

	/**
	 * Newest first, with the works the researcher flagged "not me" that await review: the
	 * owner's own view of their record.
	 */
	public PageSlice<WorkListItem> authoredWorksWithDisputed(long researcherId, int page, int size) {
		return list(researcherId, WorkListQuery.newestFirst(page), true, size).works();
	}

	/**
	 * One page of the list as sorted and filtered; pinned works come first. Costs three
	 * queries whatever the researcher has.
	 */
	public WorkListPage worksOf(long researcherId, WorkListQuery query, int size) {
		return list(researcherId, query, false, size);
	}

	private WorkListPage list(long researcherId, WorkListQuery query, boolean withDisputed, int size) {
		WorkQueries.Facets facets = this.queries.facetsOf(researcherId, query, withDisputed);
		PageSlice<WorkListItem> works = new PageSlice<>(this.queries.worksOf(researcherId, query, withDisputed,
				PageSlice.offset(query.page(), size), size, LEADING_AUTHORS), query.page(), size, facets.matching());
		return new WorkListPage(works, query, facets.types(), facets.firstYear(), facets.lastYear(), facets.total());
	}

}
