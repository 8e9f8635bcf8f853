package org.peerscope.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Merges a staged batch into the catalogue, inside the caller's transaction: the rows are
 * copied into temporary staging tables with {@code COPY}, then merged with a few
 * set-based statements (insert on conflict update). A record is written only when it is
 * new, or differs from the stored one and is not older; its dependent rows (byline,
 * topics, citations by year, affiliations) are then replaced whole.
 */
@Repository
class CatalogWriter {

	private static final String STAGING_TABLES = """
			create temp table if not exists stage_institutions (openalex_id text, ror text, display_name text,
			    country_code text, institution_type text, homepage_url text, homepage_domain text,
			    source_updated_date date, source_hash bigint, full_record boolean) on commit delete rows;
			create temp table if not exists stage_sources (openalex_id text, issn_l text, display_name text,
			    source_type text, host_organization_name text, homepage_url text, source_updated_date date,
			    source_hash bigint, full_record boolean) on commit delete rows;
			create temp table if not exists stage_topics (openalex_id text, arxiv_category text, display_name text,
			    description text, subfield_name text, field_name text, domain_name text, source_updated_date date,
			    source_hash bigint, full_record boolean) on commit delete rows;
			create temp table if not exists stage_researchers (openalex_id text, orcid text, display_name text,
			    alternative_names text[], last_known_institution text, source_updated_date date, source_hash bigint,
			    works_count integer, cited_by_count bigint, h_index integer, i10_index integer,
			    two_year_mean_citedness double precision, counts_by_year jsonb, topics jsonb, source_date date)
			    on commit delete rows;
			create temp table if not exists stage_affiliations (researcher text, institution text,
			    first_year smallint, last_year smallint) on commit delete rows;
			create temp table if not exists stage_works (work_key text, openalex_id text, arxiv_id text, doi text,
			    title text, work_type text, publication_date date, publication_year smallint, source text,
			    venue_name text, abstract text, language text, cited_by_count integer, source_updated_date date,
			    source_hash bigint) on commit delete rows;
			create temp table if not exists stage_authorships (work_key text, author_order smallint,
			    raw_author_name text, author_openalex_id text, author_position text, is_corresponding boolean)
			    on commit delete rows;
			create temp table if not exists stage_authorship_institutions (work_key text, author_order smallint,
			    institution text) on commit delete rows;
			create temp table if not exists stage_work_topics (work_key text, topic_openalex_id text,
			    topic_arxiv_category text, score real, is_primary boolean) on commit delete rows;
			create temp table if not exists stage_work_citations (work_key text, year smallint,
			    cited_by_count integer) on commit delete rows;
			create temp table if not exists stage_work_references (work_key text, referenced text)
			    on commit delete rows;
			create temp table if not exists stage_related_works (work_key text, related text) on commit delete rows;
			create temp table if not exists stage_merged_ids (entity text, merged_id text, merge_into_id text,
			    merge_date date) on commit delete rows;
			create temp table if not exists changed_works (id bigint, work_key text, inserted boolean)
			    on commit delete rows;
			create temp table if not exists changed_researchers (id bigint, inserted boolean) on commit delete rows;
			""";

	/** A record is newer-or-equal when either date is unknown or it is not older. */
	private static final String NOT_OLDER = "(t.source_updated_date is null or excluded.source_updated_date is null "
			+ "or excluded.source_updated_date >= t.source_updated_date) "
			+ "and t.source_hash is distinct from excluded.source_hash";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	CatalogWriter(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	/** What a batch did. */
	record Outcome(long inserted, long updated, long unchanged, Set<Long> affectedResearchers) {
	}

	/** Writes an OpenAlex batch (any entities and merged ids). Call in a transaction. */
	Outcome writeOpenAlex(StagedBatch batch) {
		stage(batch);
		Counts counts = new Counts();
		Set<Long> affected = new HashSet<>();
		// Steps with nothing staged are skipped: a statement joining an empty temporary
		// table (which has no statistics) may still scan a whole catalogue table.
		if (batch.mergedIds.rows() > 0 || batch.researchers.rows() > 0 || batch.works.rows() > 0) {
			applyMergedIds(affected, counts, batch.mergedIds.rows() > 0);
		}
		if (batch.institutions.rows() > 0) {
			upsertInstitutions(counts);
		}
		if (batch.sources.rows() > 0) {
			upsertSources(counts);
		}
		if (batch.topics.rows() > 0) {
			upsertTopics(counts);
		}
		if (batch.researchers.rows() > 0) {
			upsertResearchers(affected, counts);
		}
		if (batch.works.rows() > 0) {
			long updatedBefore = counts.updated;
			upsertOpenAlexWorks(counts);
			replaceWorkDetails(affected, counts.updated > updatedBefore);
		}
		long unchanged = batch.records() - counts.inserted - counts.updated;
		return new Outcome(counts.inserted, counts.updated, unchanged, affected);
	}

	/** Writes an arXiv batch. Call in a transaction. */
	Outcome writeArxiv(StagedBatch batch) {
		stage(batch);
		Counts counts = new Counts();
		Set<Long> affected = new HashSet<>();
		this.jdbc.sql("""
				insert into topics (arxiv_category, display_name, field_name)
				select distinct on (arxiv_category) arxiv_category, display_name, field_name from stage_topics
				where arxiv_category is not null
				on conflict do nothing""").update();
		// The same paper already in the catalogue from OpenAlex (same DOI): it gains its
		// arXiv id, and its OpenAlex record stays in charge.
		this.jdbc
			.sql("""
					update works w set arxiv_id = s.arxiv_id, abstract = coalesce(w.abstract, s.abstract), updated_at = now()
					from stage_works s
					where s.doi is not null and w.doi = s.doi and w.arxiv_id is null and w.openalex_id is not null
					  and not exists (select 1 from works x where x.arxiv_id = s.arxiv_id)""")
			.update();
		this.jdbc
			.sql("""
					update stage_works s set doi = null
					where doi is not null and exists (select 1 from works w where w.doi = s.doi and w.arxiv_id is distinct from s.arxiv_id)
					""")
			.update();
		nullDuplicatesInBatch("stage_works", "doi", "arxiv_id");
		counts.add(this.jdbc.sql("""
				with up as (
				    insert into works as t (arxiv_id, doi, title, work_type, publication_date, publication_year,
				        venue_name, abstract, language, cited_by_count, source_updated_date, source_hash)
				    select arxiv_id, doi, title, work_type, publication_date, publication_year, venue_name, abstract,
				        language, cited_by_count, source_updated_date, source_hash
				    from stage_works
				    on conflict (arxiv_id) do update set doi = excluded.doi, title = excluded.title,
				        publication_date = excluded.publication_date, publication_year = excluded.publication_year,
				        venue_name = excluded.venue_name, abstract = excluded.abstract,
				        source_updated_date = excluded.source_updated_date, source_hash = excluded.source_hash,
				        updated_at = now()
				    where t.openalex_id is null and """ + NOT_OLDER + """
				    returning t.id, t.arxiv_id, (xmax = 0) as inserted)
				insert into changed_works (id, work_key, inserted) select id, arxiv_id, inserted from up
				returning inserted""").query(Boolean.class).list());
		replaceWorkDetails(affected, counts.updated > 0);
		long unchanged = batch.records() - counts.inserted - counts.updated;
		return new Outcome(counts.inserted, counts.updated, unchanged, affected);
	}

	private void stage(StagedBatch batch) {
		this.jdbc.sql(STAGING_TABLES).update();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (CopyRows rows : batch.tables()) {
				rows.copyTo(copy);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not stage the batch: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private void applyMergedIds(Set<Long> affected, Counts counts, boolean newMergedIds) {
		List<Boolean> inserted = !newMergedIds ? List.of() : this.jdbc.sql("""
				insert into openalex_merged_ids (entity, merged_id, merge_into_id, merge_date)
				select distinct on (entity, merged_id) entity, merged_id, merge_into_id, merge_date
				from stage_merged_ids order by entity, merged_id, merge_date desc nulls last
				on conflict (entity, merged_id) do update set merge_into_id = excluded.merge_into_id,
				    merge_date = excluded.merge_date
				where openalex_merged_ids.merge_into_id <> excluded.merge_into_id
				returning (xmax = 0)""").query(Boolean.class).list();
		counts.add(inserted);
		// Every merged id met from now on, in this batch and in any later import, means
		// its survivor.
		this.jdbc.sql("""
				update stage_authorships a set author_openalex_id = m.merge_into_id from openalex_merged_ids m
				where m.entity = 'authors' and m.merged_id = a.author_openalex_id""").update();
		this.jdbc.sql("""
				delete from stage_researchers s using openalex_merged_ids m
				where m.entity = 'authors' and m.merged_id = s.openalex_id""").update();
		this.jdbc.sql("""
				delete from stage_works s using openalex_merged_ids m
				where m.entity = 'works' and m.merged_id = s.openalex_id""").update();
		if (inserted.isEmpty()) {
			return;
		}
		// Authorships naming a merged author now name (and link to) the survivor.
		affected.addAll(this.jdbc.sql("""
				update authorships a set author_openalex_id = m.merge_into_id,
				    researcher_id = coalesce(r.id, a.researcher_id)
				from stage_merged_ids m left join researchers r on r.openalex_id = m.merge_into_id
				where m.entity = 'authors' and a.author_openalex_id = m.merged_id
				returning a.researcher_id""").query(Long.class).list());
		// A merged record goes once its survivor is in the catalogue.
		this.jdbc.sql("""
				delete from researchers r using stage_merged_ids m
				where m.entity = 'authors' and r.openalex_id = m.merged_id
				  and exists (select 1 from researchers s where s.openalex_id = m.merge_into_id)""").update();
		affected.addAll(this.jdbc.sql("""
				select distinct a.researcher_id from authorships a
				join works w on w.id = a.work_id
				join stage_merged_ids m on m.entity = 'works' and m.merged_id = w.openalex_id
				where a.researcher_id is not null
				  and exists (select 1 from works s where s.openalex_id = m.merge_into_id)""")
			.query(Long.class)
			.list());
		this.jdbc.sql("""
				delete from works w using stage_merged_ids m
				where m.entity = 'works' and w.openalex_id = m.merged_id
				  and exists (select 1 from works s where s.openalex_id = m.merge_into_id)""").update();
		affected.removeIf((id) -> id == null);
		affected.retainAll(this.jdbc.sql("select id from researchers where id = any(?)")
			.param(affected.toArray(Long[]::new))
			.query(Long.class)
			.set());
	}

	private void upsertInstitutions(Counts counts) {
		nullTakenElsewhere("stage_institutions", "ror", "institutions");
		nullDuplicatesInBatch("stage_institutions", "ror", "openalex_id");
		counts.add(this.jdbc.sql("""
				insert into institutions as t (public_key, openalex_id, ror, display_name, country_code,
				    institution_type, homepage_url, homepage_domain, source_updated_date, source_hash)
				select openalex_id, openalex_id, ror, display_name, country_code, institution_type, homepage_url,
				    homepage_domain, source_updated_date, source_hash
				from stage_institutions where full_record
				on conflict (openalex_id) do update set ror = excluded.ror, display_name = excluded.display_name,
				    country_code = excluded.country_code, institution_type = excluded.institution_type,
				    homepage_url = excluded.homepage_url, homepage_domain = excluded.homepage_domain,
				    source_updated_date = excluded.source_updated_date, source_hash = excluded.source_hash,
				    updated_at = now()
				where """ + NOT_OLDER + " returning (xmax = 0)").query(Boolean.class).list());
		this.jdbc.sql("""
				insert into institutions (public_key, openalex_id, ror, display_name, country_code, institution_type)
				select openalex_id, openalex_id, ror, display_name, country_code, institution_type
				from stage_institutions where not full_record
				on conflict do nothing""").update();
	}

	private void upsertSources(Counts counts) {
		nullTakenElsewhere("stage_sources", "issn_l", "sources");
		nullDuplicatesInBatch("stage_sources", "issn_l", "openalex_id");
		counts.add(this.jdbc.sql("""
				insert into sources as t (public_key, openalex_id, issn_l, display_name, source_type,
				    host_organization_name, homepage_url, source_updated_date, source_hash)
				select openalex_id, openalex_id, issn_l, display_name, source_type, host_organization_name,
				    homepage_url, source_updated_date, source_hash
				from stage_sources where full_record
				on conflict (openalex_id) do update set issn_l = excluded.issn_l, display_name = excluded.display_name,
				    source_type = excluded.source_type, host_organization_name = excluded.host_organization_name,
				    homepage_url = excluded.homepage_url, source_updated_date = excluded.source_updated_date,
				    source_hash = excluded.source_hash, updated_at = now()
				where """ + NOT_OLDER + " returning (xmax = 0)").query(Boolean.class).list());
		this.jdbc.sql("""
				insert into sources (public_key, openalex_id, issn_l, display_name, source_type, host_organization_name)
				select openalex_id, openalex_id, issn_l, display_name, source_type, host_organization_name
				from stage_sources where not full_record
				on conflict do nothing""").update();
	}

	private void upsertTopics(Counts counts) {
		counts.add(this.jdbc.sql("""
				insert into topics as t (public_key, openalex_id, display_name, description, subfield_name, field_name,
				    domain_name, source_updated_date, source_hash)
				select openalex_id, openalex_id, display_name, description, subfield_name, field_name, domain_name,
				    source_updated_date, source_hash
				from stage_topics where full_record and openalex_id is not null
				on conflict (openalex_id) do update set display_name = excluded.display_name,
				    description = excluded.description, subfield_name = excluded.subfield_name,
				    field_name = excluded.field_name, domain_name = excluded.domain_name,
				    source_updated_date = excluded.source_updated_date, source_hash = excluded.source_hash,
				    updated_at = now()
				where """ + NOT_OLDER + " returning (xmax = 0)").query(Boolean.class).list());
		this.jdbc.sql("""
				insert into topics (public_key, openalex_id, display_name, subfield_name, field_name, domain_name)
				select openalex_id, openalex_id, display_name, subfield_name, field_name, domain_name
				from stage_topics where not full_record and openalex_id is not null
				on conflict do nothing""").update();
	}

	private void upsertResearchers(Set<Long> affected, Counts counts) {
		// A researcher already in the catalogue without an OpenAlex id but with the same
		// ORCID is the same person: strong evidence.
		this.jdbc.sql("""
				update researchers r set openalex_id = s.openalex_id from stage_researchers s
				where s.orcid is not null and r.orcid = s.orcid and r.openalex_id is null
				  and not exists (select 1 from researchers x where x.openalex_id = s.openalex_id)""").update();
		nullTakenElsewhere("stage_researchers", "orcid", "researchers");
		nullDuplicatesInBatch("stage_researchers", "orcid", "openalex_id");
		counts.add(this.jdbc
			.sql("""
					with up as (
					    insert into researchers as t (public_key, openalex_id, orcid, display_name, alternative_names,
					        last_known_institution_id, source_updated_date, source_hash)
					    select s.openalex_id, s.openalex_id, s.orcid, s.display_name, s.alternative_names, i.id,
					        s.source_updated_date, s.source_hash
					    from stage_researchers s left join institutions i on i.openalex_id = s.last_known_institution
					    on conflict (openalex_id) do update set orcid = excluded.orcid, display_name = excluded.display_name,
					        alternative_names = excluded.alternative_names,
					        last_known_institution_id = excluded.last_known_institution_id,
					        source_updated_date = excluded.source_updated_date, source_hash = excluded.source_hash,
					        updated_at = now()
					    where """
					+ NOT_OLDER
					+ """
							    returning t.id, (xmax = 0) as inserted)
							insert into changed_researchers (id, inserted) select id, inserted from up returning inserted""")
			.query(Boolean.class)
			.list());
		this.jdbc.sql("analyze changed_researchers").update();
		this.jdbc.sql("""
				delete from researcher_affiliations a using changed_researchers c where a.researcher_id = c.id""")
			.update();
		this.jdbc.sql("""
				insert into researcher_affiliations (researcher_id, institution_id, first_year, last_year)
				select r.id, i.id, min(s.first_year), max(s.last_year)
				from stage_affiliations s
				join researchers r on r.openalex_id = s.researcher
				join changed_researchers c on c.id = r.id
				join institutions i on i.openalex_id = s.institution
				group by r.id, i.id
				on conflict do nothing""").update();
		this.jdbc.sql("""
				insert into researcher_source_figures (researcher_id, source, source_date, works_count, cited_by_count,
				    h_index, i10_index, two_year_mean_citedness, counts_by_year, topics)
				select r.id, 'openalex', coalesce(s.source_date, current_date), s.works_count, s.cited_by_count,
				    s.h_index, s.i10_index, s.two_year_mean_citedness, s.counts_by_year, s.topics
				from stage_researchers s
				join researchers r on r.openalex_id = s.openalex_id
				join changed_researchers c on c.id = r.id
				on conflict (researcher_id, source) do update set source_date = excluded.source_date,
				    works_count = excluded.works_count, cited_by_count = excluded.cited_by_count,
				    h_index = excluded.h_index, i10_index = excluded.i10_index,
				    two_year_mean_citedness = excluded.two_year_mean_citedness,
				    counts_by_year = excluded.counts_by_year, topics = excluded.topics""").update();
		// Authorships that already name these authors now link to them.
		this.jdbc.sql("""
				update authorships a set researcher_id = r.id
				from researchers r join changed_researchers c on c.id = r.id
				where a.researcher_id is null and a.author_openalex_id = r.openalex_id""").update();
		affected.addAll(this.jdbc.sql("select id from changed_researchers").query(Long.class).list());
	}

	private void upsertOpenAlexWorks(Counts counts) {
		// A preprint already in the catalogue from arXiv with the same DOI becomes this
		// OpenAlex work (keeping its arXiv id and its page address).
		this.jdbc.sql("""
				update works w set openalex_id = s.openalex_id from stage_works s
				where s.doi is not null and w.doi = s.doi and w.openalex_id is null
				  and not exists (select 1 from works x where x.openalex_id = s.openalex_id)""").update();
		nullTakenElsewhere("stage_works", "doi", "works");
		nullDuplicatesInBatch("stage_works", "doi", "openalex_id");
		counts.add(this.jdbc.sql("""
				with up as (
				    insert into works as t (public_key, openalex_id, doi, title, work_type, publication_date,
				        publication_year, source_id, venue_name, abstract, language, cited_by_count,
				        source_updated_date, source_hash)
				    select s.openalex_id, s.openalex_id, s.doi, s.title, s.work_type, s.publication_date,
				        s.publication_year, src.id, s.venue_name, s.abstract, s.language, s.cited_by_count,
				        s.source_updated_date, s.source_hash
				    from stage_works s left join sources src on src.openalex_id = s.source
				    on conflict (openalex_id) do update set doi = excluded.doi, title = excluded.title,
				        work_type = excluded.work_type, publication_date = excluded.publication_date,
				        publication_year = excluded.publication_year, source_id = excluded.source_id,
				        venue_name = excluded.venue_name, abstract = coalesce(excluded.abstract, t.abstract),
				        language = excluded.language, cited_by_count = excluded.cited_by_count,
				        source_updated_date = excluded.source_updated_date, source_hash = excluded.source_hash,
				        updated_at = now()
				    where """ + NOT_OLDER + """
				    returning t.id, t.openalex_id, (xmax = 0) as inserted)
				insert into changed_works (id, work_key, inserted) select id, openalex_id, inserted from up
				returning inserted""").query(Boolean.class).list());
	}

	/**
	 * Replaces the byline, topics, citations by year, references and related works of
	 * every work written in this batch, and notes the researchers concerned (before and
	 * after).
	 */
	private void replaceWorkDetails(Set<Long> affected, boolean anyUpdated) {
		// Planned with the real number of changed works (an index lookup per work, not
		// a scan of the catalogue).
		this.jdbc.sql("analyze changed_works").update();
		if (anyUpdated) {
			// New works have nothing to replace.
			affected.addAll(this.jdbc.sql("""
					select distinct a.researcher_id from authorships a join changed_works c on c.id = a.work_id
					where a.researcher_id is not null and not c.inserted""").query(Long.class).list());
			for (String table : List.of("authorships", "work_topics", "work_citation_counts", "work_references",
					"related_works")) {
				this.jdbc
					.sql("delete from " + table + " d using changed_works c where d.work_id = c.id and not c.inserted")
					.update();
			}
		}
		// Only the linked authors come back: most bylines name authors not in the
		// catalogue, and returning a null per authorship is a row sent for nothing.
		affected.addAll(this.jdbc.sql("""
				with inserted as (
				    insert into authorships (work_id, author_order, raw_author_name, researcher_id, author_openalex_id,
				        author_position, is_corresponding)
				    select c.id, s.author_order, s.raw_author_name, r.id, s.author_openalex_id, s.author_position,
				        s.is_corresponding
				    from stage_authorships s
				    join changed_works c on c.work_key = s.work_key
				    left join researchers r on r.openalex_id = s.author_openalex_id
				    on conflict do nothing
				    returning researcher_id)
				select distinct researcher_id from inserted where researcher_id is not null""")
			.query(Long.class)
			.list());
		// The mappers stage an authorship's institutions only with the authorship itself,
		// so the foreign key's own lookup is the only check needed.
		this.jdbc.sql("""
				insert into authorship_institutions (work_id, author_order, institution_id)
				select c.id, s.author_order, i.id
				from stage_authorship_institutions s
				join changed_works c on c.work_key = s.work_key
				join institutions i on i.openalex_id = s.institution
				on conflict do nothing""").update();
		// A staged topic is named by its OpenAlex id (OpenAlex works) or its arXiv
		// category (arXiv works): one statement each, so that both join on an index.
		for (String[] names : new String[][] { { "openalex_id", "topic_openalex_id" },
				{ "arxiv_category", "topic_arxiv_category" } }) {
			this.jdbc.sql("""
					insert into work_topics (work_id, topic_id, score, is_primary)
					select c.id, t.id, s.score, s.is_primary
					from stage_work_topics s
					join changed_works c on c.work_key = s.work_key
					join topics t on t.%s = s.%s
					on conflict do nothing""".formatted(names[0], names[1])).update();
		}
		this.jdbc.sql("""
				insert into work_citation_counts (work_id, year, cited_by_count)
				select c.id, s.year, s.cited_by_count from stage_work_citations s
				join changed_works c on c.work_key = s.work_key
				on conflict do nothing""").update();
		this.jdbc.sql("""
				insert into work_references (work_id, referenced_openalex_id)
				select c.id, s.referenced from stage_work_references s join changed_works c on c.work_key = s.work_key
				on conflict do nothing""").update();
		this.jdbc.sql("""
				insert into related_works (work_id, related_openalex_id)
				select c.id, s.related from stage_related_works s join changed_works c on c.work_key = s.work_key
				on conflict do nothing""").update();
	}

	/** Drops a unique value that another catalogue record already holds. */
	private void nullTakenElsewhere(String stage, String column, String table) {
		this.jdbc
			.sql("update " + stage + " s set " + column + " = null where s." + column + " is not null "
					+ "and exists (select 1 from " + table + " t where t." + column + " = s." + column
					+ " and t.openalex_id is distinct from s.openalex_id)")
			.update();
	}

	/** Keeps a unique value for only one staged record (the first by key). */
	private void nullDuplicatesInBatch(String stage, String column, String key) {
		this.jdbc
			.sql("update " + stage + " s set " + column + " = null from (select ctid as row_id, row_number() "
					+ "over (partition by " + column + " order by " + key + ") as n from " + stage + " where " + column
					+ " is not null) d where s.ctid = d.row_id and d.n > 1")
			.update();
	}

	private static final class Counts {

		long inserted;

		long updated;

		void add(List<Boolean> insertedFlags) {
			for (Boolean inserted : insertedFlags) {
				if (Boolean.TRUE.equals(inserted)) {
					this.inserted++;
				}
				else {
					this.updated++;
				}
			}
		}

	}

}
