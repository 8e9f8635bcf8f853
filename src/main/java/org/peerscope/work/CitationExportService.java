package org.peerscope.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Citation downloads (BibTeX, RIS, CSL-JSON) of one work or of a researcher's whole list.
 */
@Service
@Transactional(readOnly = true)
public class CitationExportService {

	/** A researcher's export holds at most this many works, newest first. */
	static final int MAX_WORKS = 10_000;

	private static final String SELECT = """
			select w.public_key, w.title, w.work_type, w.publication_year, w.publication_date,
			       coalesce(s.display_name, w.venue_name) as venue, w.doi, w.arxiv_id, w.abstract,
			       (select array_agg(a.raw_author_name order by a.author_order) from authorships a
			        where a.work_id = w.id) as authors
			from works w
			left join sources s on s.id = w.source_id
			""";

	private final JdbcClient jdbc;

	private final CatalogLookup lookup;

	private final JsonMapper json;

	CitationExportService(JdbcClient jdbc, CatalogLookup lookup, JsonMapper json) {
		this.jdbc = jdbc;
		this.lookup = lookup;
		this.json = json;
	}

	/** The citation of one work, or empty when there is no such work or format. */
	public Optional<Download> work(String key, String format, String siteUrl) {
		return CitationFormat.fromParam(format).flatMap((citationFormat) -> this.lookup.work(key).map((work) -> {
			List<CitationRecord> records = this.jdbc.sql(SELECT + " where w.id = ?")
				.param(work.id())
				.query((rs, n) -> record(rs, siteUrl))
				.list();
			return download(citationFormat, records, work.key());
		}));
	}

	/** The citations of all a researcher's works, newest first. */
	public Optional<Download> researcher(String key, String format, String siteUrl) {
		return CitationFormat.fromParam(format).flatMap((citationFormat) -> this.lookup.researcher(key).map((r) -> {
			List<CitationRecord> records = this.jdbc
				.sql(SELECT
						+ """
								where w.id in (select work_id from authorships where researcher_id = :researcher)
								order by coalesce(w.publication_date, make_date(w.publication_year, 1, 1)) desc nulls last, w.id desc
								limit :limit
								""")
				.param("researcher", r.id())
				.param("limit", MAX_WORKS)
				.query((rs, n) -> record(rs, siteUrl))
				.list();
			return download(citationFormat, records, fileBase(r));
		}));
	}

	private Download download(CitationFormat format, List<CitationRecord> records, String baseName) {
		return new Download(format.write(records, this.json), format.contentType(), format.fileName(baseName));
	}

	private static String fileBase(CatalogRef researcher) {
		return researcher.key() + "-works";
	}

	private static CitationRecord record(java.sql.ResultSet rs, String siteUrl) throws java.sql.SQLException {
		String key = rs.getString("public_key");
		return new CitationRecord(key, rs.getString("title"), rs.getString("work_type"),
				WorkQueries.strings(rs.getArray("authors")), (Integer) rs.getObject("publication_year", Integer.class),
				rs.getObject("publication_date", LocalDate.class), rs.getString("venue"), rs.getString("doi"),
				rs.getString("arxiv_id"), rs.getString("abstract"), siteUrl + "/works/" + key);
	}

	/**
	 * @param fileName the name a browser saves the download as
	 */
	public record Download(String body, String contentType, String fileName) {

	}

}
