package org.peerscope.search;

/**
 * An institution found by name.
 */
public record InstitutionHit(String key, String displayName, String countryCode) {

}
