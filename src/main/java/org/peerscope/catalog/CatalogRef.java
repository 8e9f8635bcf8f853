package org.peerscope.catalog;

import org.peerscope.common.CatalogKind;

/**
 * A catalogue record found by its public key: enough to link to it and to work with its
 * id.
 */
public record CatalogRef(CatalogKind kind, long id, String key, String displayName) {

}
