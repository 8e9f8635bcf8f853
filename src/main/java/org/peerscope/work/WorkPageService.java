package org.peerscope.work;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.RankedKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads work pages.
 */
@Service
@Transactional(readOnly = true)
public class WorkPageService {

	/** The citation chart covers this many years, ending with the current one. */
	public static final int CHART_YEARS = 10;

	private final WorkPageQueries queries;

	private final Clock clock;

	WorkPageService(WorkPageQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * Works' public keys, most cited first, in batches: the next after the last of the
	 * batch before ({@link RankedKey#FIRST} to begin).
	 */
	public List<RankedKey> keysMostCitedFirst(RankedKey after, int limit) {
		return this.queries.keysMostCitedFirst(after, limit);
	}

	/** The page of a work by public key (any case); four queries whatever its size. */
	public Optional<WorkPage> page(String rawKey) {
		return CatalogKind.WORK.normalizeKey(rawKey).flatMap(this.queries::header).map((header) -> {
			Map<String, List<WorkPage.WorkRef>> linked = this.queries.linkedWorks(header.id(), header.openalexId());
			YearChart chart = YearChart.of(Year.now(this.clock).getValue(), CHART_YEARS, header.citationsByYear());
			return new WorkPage(header.id(), header.key(), header.openalexId(), header.title(), header.type(),
					header.publicationDate(), header.publicationYear(), header.venue(), header.doi(), header.arxivId(),
					header.abstractText(), header.language(), header.citedByCount(), this.queries.authors(header.id()),
					this.queries.topics(header.id()), chart, linked.getOrDefault("references", List.of()),
					linked.getOrDefault("citedBy", List.of()), linked.getOrDefault("related", List.of()));
		});
	}

	/** The whole byline of a work, or empty when there is no such work. */
	public Optional<List<WorkPage.Author>> authors(String rawKey) {
		return CatalogKind.WORK.normalizeKey(rawKey)
			.flatMap(this.queries::header)
			.map((header) -> this.queries.authors(header.id()));
	}

}
