package org.peerscope.graph;

import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.common.CatalogKind;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The research graph: slices around a researcher, a work, a topic or an institution.
 * Every slice costs a fixed number of statements (one lookup, one per kind of neighbour,
 * at depth 2 one per kind of neighbour again, one for all edges), each bounded by a limit
 * or an index range, whatever the size of the catalogue.
 */
@Service
@Transactional(readOnly = true)
public class GraphService {

	private static final Log logger = LogFactory.getLog(GraphService.class);

	private final CatalogLookup lookup;

	private final GraphQueries queries;

	private final TopNeighbourStore topNeighbours;

	private final TransactionTemplate transactions;

	private final GraphProperties properties;

	GraphService(CatalogLookup lookup, GraphQueries queries, TopNeighbourStore topNeighbours,
			TransactionTemplate transactions, GraphProperties properties) {
		this.lookup = lookup;
		this.queries = queries;
		this.topNeighbours = topNeighbours;
		this.transactions = transactions;
		this.properties = properties;
	}

	public int defaultLimit() {
		return this.properties.defaultLimit();
	}

	/**
	 * The slice around a record of the given kind, or empty when no record has that key.
	 * @param depth 1 or 2
	 * @param limit neighbours of each kind, from 1 to the configured maximum
	 * @throws IllegalArgumentException (a 400 in a request) when depth or limit is out of
	 * range
	 */
	public Optional<GraphSlice> slice(CatalogKind kind, String key, int depth, int limit) {
		if (depth < 1 || depth > 2) {
			throw new InvalidGraphRequestException("depth must be 1 or 2");
		}
		if (limit < 1 || limit > this.properties.maxLimit()) {
			throw new InvalidGraphRequestException("limit must be between 1 and " + this.properties.maxLimit());
		}
		return this.lookup.find(kind, key).map((ref) -> build(ref, depth, limit));
	}

	private GraphSlice build(CatalogRef ref, int depth, int limit) {
		long id = ref.id();
		SliceBuilder slice = new SliceBuilder(this.queries.focus(ref.kind(), id), depth, limit,
				this.properties.maxNodes());
		switch (ref.kind()) {
			case RESEARCHER -> {
				slice.addNeighbours(this.queries.coauthorsOf(id, limit));
				slice.addNeighbours(this.queries.worksOf(id, limit));
				slice.addNeighbours(this.queries.topicsOf(id, limit));
				slice.addNeighbours(this.queries.institutionsOf(id, limit));
			}
			case WORK -> {
				slice.addNeighbours(this.queries.authorsOf(id, limit));
				slice.addNeighbours(this.queries.linkedWorks(id, limit));
				slice.addNeighbours(this.queries.topicsOfWork(id, limit));
				slice.addNeighbours(this.queries.institutionsOfWork(id, limit));
			}
			case TOPIC -> {
				slice.addNeighbours(this.queries.researchersOfTopic(id, limit));
				slice.addNeighbours(this.queries.topNeighbours(CatalogKind.TOPIC, id, CatalogKind.WORK, limit));
				slice.addNeighbours(this.queries.topNeighbours(CatalogKind.TOPIC, id, CatalogKind.INSTITUTION, limit));
			}
			case INSTITUTION -> {
				slice.addNeighbours(
						this.queries.topNeighbours(CatalogKind.INSTITUTION, id, CatalogKind.RESEARCHER, limit));
				slice.addNeighbours(this.queries.topNeighbours(CatalogKind.INSTITUTION, id, CatalogKind.WORK, limit));
				slice.addNeighbours(this.queries.topNeighbours(CatalogKind.INSTITUTION, id, CatalogKind.TOPIC, limit));
			}
			case SOURCE -> throw new IllegalArgumentException("Sources are not in the graph");
		}
		if (depth == 2) {
			addSecondDegree(slice);
		}
		slice.addEdges(this.queries.edgesAmong(slice.ids(CatalogKind.RESEARCHER), slice.ids(CatalogKind.WORK),
				slice.ids(CatalogKind.TOPIC), slice.ids(CatalogKind.INSTITUTION)));
		return slice.build();
	}

	/**
	 * The people around each neighbour: co-authors, authors, researchers of a topic or an
	 * institution.
	 */
	private void addSecondDegree(SliceBuilder slice) {
		int each = this.properties.depthTwoPerNode();
		if (each == 0) {
			return;
		}
		// Always four statements, even for kinds without neighbours: the cost of a slice
		// does not depend on its shape.
		slice.addSecondDegree(this.queries.coauthorsOfEach(slice.neighbourIds(CatalogKind.RESEARCHER), each));
		slice.addSecondDegree(this.queries.authorsOfEach(slice.neighbourIds(CatalogKind.WORK), each));
		slice.addSecondDegree(this.queries.researchersOfEachTopic(slice.neighbourIds(CatalogKind.TOPIC), each));
		slice.addSecondDegree(
				this.queries.researchersOfEachInstitution(slice.neighbourIds(CatalogKind.INSTITUTION), each));
	}

	/**
	 * Brings the precomputed neighbours of topics and institutions up to date. Runs after
	 * metrics (which keeps co-author weights and researcher topics, read here) and trust.
	 */
	@EventListener
	@Order(2)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void onCatalogChanged(CatalogChanged change) {
		if (change.wholeCatalogue()) {
			refreshAll();
		}
		else if (!change.researcherIds().isEmpty()) {
			Long[] ids = change.researcherIds().stream().sorted().toArray(Long[]::new);
			this.transactions.executeWithoutResult(
					(status) -> this.topNeighbours.refreshAround(ids, this.properties.keptNeighbours()));
		}
	}

	/** Recomputes the precomputed neighbours of every topic and institution. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void refreshAll() {
		long started = System.nanoTime();
		this.transactions
			.executeWithoutResult((status) -> this.topNeighbours.refreshAll(this.properties.keptNeighbours()));
		logger.info("Refreshed the research graph's top neighbours in " + (System.nanoTime() - started) / 1_000_000
				+ " ms");
	}

}
