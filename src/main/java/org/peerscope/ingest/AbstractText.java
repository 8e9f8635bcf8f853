package org.peerscope.ingest;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Rebuilds an abstract from OpenAlex's {@code abstract_inverted_index} (each word with
 * the positions where it occurs): the words in position order, separated by single
 * spaces.
 */
final class AbstractText {

	/** Longer abstracts are refused by the catalogue; the index is not trusted beyond. */
	static final int MAX_POSITIONS = 100_000;

	private AbstractText() {
	}

	/** The abstract, or null when the index is absent or empty. */
	static String rebuild(JsonNode invertedIndex) {
		if (invertedIndex == null || !invertedIndex.isObject() || invertedIndex.isEmpty()) {
			return null;
		}
		int length = 0;
		for (Map.Entry<String, JsonNode> word : invertedIndex.properties()) {
			for (JsonNode position : word.getValue().values()) {
				int at = position.asInt(-1);
				if (at >= 0 && at < MAX_POSITIONS) {
					length = Math.max(length, at + 1);
				}
			}
		}
		String[] words = new String[length];
		for (Map.Entry<String, JsonNode> word : invertedIndex.properties()) {
			for (JsonNode position : word.getValue().values()) {
				int at = position.asInt(-1);
				if (at >= 0 && at < length) {
					words[at] = word.getKey();
				}
			}
		}
		StringBuilder text = new StringBuilder();
		for (String word : words) {
			if (word != null) {
				if (!text.isEmpty()) {
					text.append(' ');
				}
				text.append(word);
			}
		}
		String result = text.toString().strip();
		return result.isEmpty() ? null : result;
	}

}
