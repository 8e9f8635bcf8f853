package org.peerscope.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The invented fixtures under src/test/resources/ingest, the shared real data, and table
 * snapshots.
 */
final class IngestFixtures {

	/**
	 * Real samples shared between the engineers; tests using them are skipped without.
	 */
	static final Path SHARED_DATA = Path.of("..", "shared", "data").toAbsolutePath().normalize();

	static final List<String> CATALOGUE_TABLES = List.of("institutions", "sources", "topics", "researchers",
			"researcher_affiliations", "researcher_source_figures", "works", "authorships", "authorship_institutions",
			"work_topics", "work_citation_counts", "work_references", "related_works", "openalex_merged_ids",
			"researcher_metrics", "researcher_yearly_counts", "researcher_topics", "coauthor_links");

	private IngestFixtures() {
	}

	static Path fixture(String name) {
		try {
			return Path.of(IngestFixtures.class.getResource("/ingest/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Path gzip(Path source, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
			Files.copy(source, out);
		}
		return target;
	}

	static boolean sharedDataPresent() {
		return Files.isDirectory(SHARED_DATA.resolve("openalex-snapshot"));
	}

	/** Every catalogue row as JSON without timestamps, per table, sorted. */
	static Map<String, List<String>> snapshot(JdbcClient jdbc) {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		for (String table : CATALOGUE_TABLES) {
			tables.put(table,
					new ArrayList<>(jdbc
						.sql("select (to_jsonb(t) - 'created_at' - 'updated_at' - 'computed_at')::text as row from "
								+ table + " t order by 1")
						.query(String.class)
						.list()));
		}
		return tables;
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
