package org.peerscope.search;

/**
 * A research topic found by name.
 */
public record TopicHit(String key, String displayName, String field) {

}
