package org.peerscope.graph;

import java.util.Locale;

import org.peerscope.common.CatalogKind;

/**
 * The names and addresses of the kinds of node.
 */
final class GraphKinds {

	private GraphKinds() {
	}

	/** {@code researcher}, {@code work}, {@code topic}, {@code institution}. */
	static String name(CatalogKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

	/** The path segment of the kind's pages: {@code researchers}, {@code works}, … */
	static String plural(CatalogKind kind) {
		return switch (kind) {
			case RESEARCHER -> "researchers";
			case WORK -> "works";
			case TOPIC -> "topics";
			case INSTITUTION -> "institutions";
			case SOURCE -> "sources";
		};
	}

	static String pageUrl(CatalogKind kind, String key) {
		return "/" + plural(kind) + "/" + key;
	}

	static String sliceUrl(CatalogKind kind, String key) {
		return "/api/graph/" + plural(kind) + "/" + key;
	}

}
