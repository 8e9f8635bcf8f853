package org.peerscope.graph;

import org.peerscope.common.CatalogKind;

/**
 * A node as read from the database, with its internal id.
 */
record NodeRow(CatalogKind kind, long id, String key, String label, double weight, Integer year, Integer worksCount,
		Long citedByCount) {

}
