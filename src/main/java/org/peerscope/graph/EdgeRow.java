package org.peerscope.graph;

import org.peerscope.common.CatalogKind;

/**
 * An edge as read from the database, between internal ids.
 */
record EdgeRow(String kind, CatalogKind sourceKind, long sourceId, CatalogKind targetKind, long targetId, double weight,
		Integer firstYear, Integer lastYear) {

}
