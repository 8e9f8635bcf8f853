package org.peerscope.catalog;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work over researchers in id order, one transaction per batch, so that a recompute
 * of the whole catalogue commits as it goes and never holds one huge transaction.
 */
@Component
public class ResearcherBatches {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	ResearcherBatches(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The given researchers (each once), in batches; each batch commits whole. */
	public void forEach(Collection<Long> researcherIds, int batchSize, Consumer<List<Long>> work) {
		List<Long> ids = researcherIds.stream().distinct().sorted().toList();
		for (int from = 0; from < ids.size(); from += batchSize) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + batchSize));
			this.transactions.executeWithoutResult((status) -> work.accept(batch));
		}
	}

	/** Every researcher, in batches; each batch commits whole. Returns how many. */
	public long forAll(int batchSize, Consumer<List<Long>> work) {
		long done = 0;
		long afterId = 0;
		List<Long> batch;
		while (!(batch = this.jdbc.sql("select id from researchers where id > ? order by id limit ?")
			.params(afterId, batchSize)
			.query(Long.class)
			.list()).isEmpty()) {
			List<Long> current = batch;
			this.transactions.executeWithoutResult((status) -> work.accept(current));
			done += batch.size();
			afterId = batch.get(batch.size() - 1);
		}
		return done;
	}

}
