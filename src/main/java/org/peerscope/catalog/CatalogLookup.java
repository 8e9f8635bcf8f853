package org.peerscope.catalog;

import java.util.Optional;

import org.peerscope.common.CatalogKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves public keys (any case) to catalogue records, for features that act on a record
 * named in a URL (follow a researcher, export a work, …) without depending on the feature
 * that shows it. A key matches the record's public key or its OpenAlex id.
 */
@Service
@Transactional(readOnly = true)
public class CatalogLookup {

	private final JdbcClient jdbc;

	CatalogLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CatalogRef> find(CatalogKind kind, String rawKey) {
		return kind.normalizeKey(rawKey)
			.flatMap((key) -> this.jdbc
				.sql("select id, public_key, " + nameColumn(kind) + " from " + table(kind)
						+ " where public_key = :key or openalex_id = :key")
				.param("key", key)
				.query((rs, n) -> new CatalogRef(kind, rs.getLong(1), rs.getString(2), rs.getString(3)))
				.optional());
	}

	public Optional<CatalogRef> researcher(String rawKey) {
		return find(CatalogKind.RESEARCHER, rawKey);
	}

	public Optional<CatalogRef> work(String rawKey) {
		return find(CatalogKind.WORK, rawKey);
	}

	private static String table(CatalogKind kind) {
		return switch (kind) {
			case RESEARCHER -> "researchers";
			case WORK -> "works";
			case INSTITUTION -> "institutions";
			case TOPIC -> "topics";
			case SOURCE -> "sources";
		};
	}

	private static String nameColumn(CatalogKind kind) {
		return (kind == CatalogKind.WORK) ? "title" : "display_name";
	}

}
