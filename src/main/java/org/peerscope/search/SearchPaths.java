package org.peerscope.search;

import org.peerscope.common.CatalogKind;

/**
 * Where each kind of record has its page, by public key.
 */
final class SearchPaths {

	private SearchPaths() {
	}

	static String of(CatalogKind kind, String key) {
		return switch (kind) {
			case RESEARCHER -> researcher(key);
			case WORK -> work(key);
			case INSTITUTION -> "/institutions/" + key;
			case TOPIC -> "/topics/" + key;
			case SOURCE -> "/sources/" + key;
		};
	}

	static String researcher(String key) {
		return "/researchers/" + key;
	}

	static String work(String key) {
		return "/works/" + key;
	}

}
