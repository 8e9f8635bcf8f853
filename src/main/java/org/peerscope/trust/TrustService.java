package org.peerscope.trust;

import java.time.Clock;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.peerscope.catalog.CatalogChanged;
import org.peerscope.catalog.ResearcherBatches;
import org.peerscope.claim.ClaimDecided;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes, stores and shows researchers' trust scores.
 * <p>
 * The score is stored with everything it was computed from ({@code researcher_trust}),
 * and brought up to date when the catalogue changes (after the metrics, which it reads)
 * and when claims change ({@link #refresh(Collection)}, called by the claims feature
 * after a decision). Claim state is read only through the {@code researcher_verification}
 * view. The page reads the stored inputs with the claim state live from the view, so a
 * claim decision shows at once even before the refresh; the breakdown is derived from the
 * inputs by the same rules as the score, so it always sums to the score shown.
 */
@Service
public class TrustService {

	private static final Log logger = LogFactory.getLog(TrustService.class);

	private static final int BATCH_SIZE = 2_000;

	private final TrustStore store;

	private final TransactionTemplate transactions;

	private final ResearcherBatches batches;

	private final MessageSource messages;

	private final Clock clock;

	TrustService(TrustStore store, TransactionTemplate transactions, ResearcherBatches batches, MessageSource messages,
			Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.batches = batches;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Trust reads the metrics (works with DOIs, first year, co-authors): it runs after
	 * them.
	 */
	@EventListener
	@Order(1)
	public void onCatalogChanged(CatalogChanged change) {
		if (change.wholeCatalogue()) {
			recomputeAll();
		}
		else {
			refresh(change.researcherIds());
		}
	}

	/**
	 * A claim was approved, rejected or unlinked: the claimed and verification signals
	 * change. Runs in the decision's transaction, so the score never disagrees with the
	 * claim.
	 */
	@EventListener
	public void onClaimDecided(ClaimDecided decided) {
		refresh(List.of(decided.researcherId()));
	}

	/**
	 * Recomputes the given researchers' scores and those of their co-authors (whose
	 * co-author signal counts them), in batches that each commit whole. Call after
	 * anything that changes claims, verification or disputes.
	 */
	public void refresh(Collection<Long> researcherIds) {
		if (researcherIds.isEmpty()) {
			return;
		}
		Long[] given = researcherIds.stream().distinct().toArray(Long[]::new);
		TreeSet<Long> ids = new TreeSet<>(List.of(given));
		ids.addAll(this.transactions.execute((status) -> this.store.coauthorsOf(given)));
		this.batches.forEach(ids, BATCH_SIZE, this::recomputeBatch);
	}

	/** Recomputes every researcher's score; returns how many. */
	public long recomputeAll() {
		long done = this.batches.forAll(BATCH_SIZE, this::recomputeBatch);
		logger.info("Recomputed the trust scores of " + done + " researchers");
		return done;
	}

	/**
	 * The researcher's trust snapshot, or empty when there is no such researcher. One
	 * statement when the score is stored; computed on the spot (a second statement)
	 * otherwise.
	 */
	public Optional<TrustSnapshot> snapshot(long researcherId) {
		Optional<TrustInputs> inputs = this.store.stored(researcherId);
		if (inputs.isEmpty()) {
			inputs = Optional.ofNullable(
					this.store.inputs(new Long[] { researcherId }, Year.now(this.clock).getValue()).get(researcherId));
		}
		return inputs.map(TrustRules::assess).map(this::snapshot);
	}

	private TrustSnapshot snapshot(TrustRules.Assessment assessment) {
		Locale locale = LocaleContextHolder.getLocale();
		return new TrustSnapshot(assessment.score(), assessment.label(), assessment.level(), assessment.claimed(),
				assessment.signals()
					.stream()
					.map((signal) -> new TrustSnapshot.Signal(signal.name(), signal.points(), signal.maximum(),
							this.messages.getMessage("trust.evidence." + signal.evidenceKey(),
									signal.arguments().toArray(), locale)))
					.toList());
	}

	private void recomputeBatch(List<Long> researcherIds) {
		Map<Long, TrustInputs> inputs = this.store.inputs(researcherIds.toArray(Long[]::new),
				Year.now(this.clock).getValue());
		this.store.save(inputs);
	}

}
