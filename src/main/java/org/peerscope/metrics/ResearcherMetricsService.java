package org.peerscope.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.catalog.ResearcherBatches;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the denormalised researcher figures (metrics, yearly counts, topics, co-author
 * weights, the sort keys of their works) consistent with the works in the catalogue. Call
 * it after anything changes works or authorships.
 */
@Service
public class ResearcherMetricsService {

	private static final Log logger = LogFactory.getLog(ResearcherMetricsService.class);

	private static final int BATCH_SIZE = 2_000;

	private final MetricsStore store;

	private final TransactionTemplate transactions;

	private final ResearcherBatches batches;

	private final Clock clock;

	private final Duration pairStatisticsMaxAge;

	private volatile Instant pairStatisticsBuilt;

	ResearcherMetricsService(MetricsStore store, TransactionTemplate transactions, ResearcherBatches batches,
			Clock clock, @Value("${peerscope.metrics.pair-statistics-max-age:PT10M}") Duration pairStatisticsMaxAge) {
		this.store = store;
		this.transactions = transactions;
		this.batches = batches;
		this.clock = clock;
		this.pairStatisticsMaxAge = pairStatisticsMaxAge;
	}

	/**
	 * Metrics come first among the derived figures: others (trust, graph) may read them.
	 */
	@EventListener
	@Order(0)
	public void onCatalogChanged(CatalogChanged change) {
		if (change.wholeCatalogue()) {
			recomputeAll();
		}
		else {
			recompute(change.researcherIds());
		}
	}

	/** Recomputes the given researchers, in batches that each commit whole. */
	public void recompute(Collection<Long> researcherIds) {
		List<Long> ids = researcherIds.stream().distinct().sorted().toList();
		if (ids.isEmpty()) {
			return;
		}
		if (pairStatisticsStale()) {
			refreshCatalogueStatistics();
		}
		this.batches.forEach(ids, BATCH_SIZE, this::recomputeBatch);
	}

	/** Recomputes every researcher; returns how many. */
	public long recomputeAll() {
		refreshCatalogueStatistics();
		long[] done = { 0 };
		return this.batches.forAll(BATCH_SIZE, (batch) -> {
			recomputeBatch(batch);
			done[0] += batch.size();
			logger.info("Recomputed metrics of " + done[0] + " researchers");
		});
	}

	/**
	 * Figures that depend on the whole catalogue (how common each pair of topics is) are
	 * rebuilt before any researcher's, so that a recompute sees the catalogue as it is.
	 */
	private void refreshCatalogueStatistics() {
		long started = System.nanoTime();
		this.transactions.executeWithoutResult((status) -> this.store.refreshTopicPairStatistics());
		this.pairStatisticsBuilt = this.clock.instant();
		logger.debug("Rebuilt topic pair statistics in " + (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	/**
	 * A few researchers' recompute (an import batch) reuses pair statistics younger than
	 * {@code peerscope.metrics.pair-statistics-max-age}: rebuilding them reads every
	 * work's topics, and one batch hardly moves them. A full recompute always rebuilds.
	 */
	private boolean pairStatisticsStale() {
		Instant built = this.pairStatisticsBuilt;
		return built == null || built.plus(this.pairStatisticsMaxAge).isBefore(this.clock.instant())
				|| this.store.topicPairStatisticsEmpty();
	}

	private void recomputeBatch(List<Long> researcherIds) {
		Long[] ids = researcherIds.toArray(Long[]::new);
		this.store.lockRecomputes();
		this.store.refreshTopics(ids);
		this.store.refreshCoauthorLinks(ids);
		this.store.refreshResearcherWorks(ids);
		Map<Long, List<WorkCitations>> worksByResearcher = new HashMap<>();
		researcherIds.forEach((id) -> worksByResearcher.put(id, new ArrayList<>()));
		this.store.forEachWork(ids, (researcherId, work) -> worksByResearcher.get(researcherId).add(work));
		int referenceYear = Year.now(this.clock).getValue();
		Map<Long, ResearcherFigures> figures = new HashMap<>();
		worksByResearcher.forEach((id, works) -> figures.put(id, CitationMetrics.figures(works, referenceYear)));
		this.store.saveFigures(figures);
	}

}
