package org.peerscope.metrics;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a researcher's figures for the metrics block and the API.
 */
@Service
@Transactional(readOnly = true)
public class MetricsReportService {

	private final MetricsQueries queries;

	MetricsReportService(MetricsQueries queries) {
		this.queries = queries;
	}

	/** The figures, or empty until they have been computed for this researcher. */
	public Optional<MetricsReport> report(long researcherId) {
		return this.queries.report(researcherId);
	}

}
