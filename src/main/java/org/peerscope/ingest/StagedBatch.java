package org.peerscope.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one batch of source records, in the shape of the staging tables they are
 * copied into before being merged into the catalogue. A batch never holds the same record
 * twice: a record whose key is already staged starts a new batch.
 */
final class StagedBatch {

	final CopyRows institutions = new CopyRows("stage_institutions", "openalex_id", "ror", "display_name",
			"country_code", "institution_type", "homepage_url", "homepage_domain", "source_updated_date", "source_hash",
			"full_record");

	final CopyRows sources = new CopyRows("stage_sources", "openalex_id", "issn_l", "display_name", "source_type",
			"host_organization_name", "homepage_url", "source_updated_date", "source_hash", "full_record");

	final CopyRows topics = new CopyRows("stage_topics", "openalex_id", "arxiv_category", "display_name", "description",
			"subfield_name", "field_name", "domain_name", "source_updated_date", "source_hash", "full_record");

	final CopyRows researchers = new CopyRows("stage_researchers", "openalex_id", "orcid", "display_name",
			"alternative_names", "last_known_institution", "source_updated_date", "source_hash", "works_count",
			"cited_by_count", "h_index", "i10_index", "two_year_mean_citedness", "counts_by_year", "topics",
			"source_date");

	final CopyRows affiliations = new CopyRows("stage_affiliations", "researcher", "institution", "first_year",
			"last_year");

	final CopyRows works = new CopyRows("stage_works", "work_key", "openalex_id", "arxiv_id", "doi", "title",
			"work_type", "publication_date", "publication_year", "source", "venue_name", "abstract", "language",
			"cited_by_count", "source_updated_date", "source_hash");

	final CopyRows authorships = new CopyRows("stage_authorships", "work_key", "author_order", "raw_author_name",
			"author_openalex_id", "author_position", "is_corresponding");

	final CopyRows authorshipInstitutions = new CopyRows("stage_authorship_institutions", "work_key", "author_order",
			"institution");

	final CopyRows workTopics = new CopyRows("stage_work_topics", "work_key", "topic_openalex_id",
			"topic_arxiv_category", "score", "is_primary");

	final CopyRows workCitations = new CopyRows("stage_work_citations", "work_key", "year", "cited_by_count");

	final CopyRows workReferences = new CopyRows("stage_work_references", "work_key", "referenced");

	final CopyRows relatedWorks = new CopyRows("stage_related_works", "work_key", "related");

	final CopyRows mergedIds = new CopyRows("stage_merged_ids", "entity", "merged_id", "merge_into_id", "merge_date");

	/** Keys of the whole records staged (works, authors, ...), to keep them unique. */
	private final Set<String> fullKeys = new HashSet<>();

	/** Keys of referenced records staged (an authorship's institution, ...). */
	private final Set<String> referenceKeys = new HashSet<>();

	/** How many source records (whole records and merged-id rows) the batch holds. */
	private int records;

	List<CopyRows> tables() {
		return List.of(this.institutions, this.sources, this.topics, this.researchers, this.affiliations, this.works,
				this.authorships, this.authorshipInstitutions, this.workTopics, this.workCitations, this.workReferences,
				this.relatedWorks, this.mergedIds);
	}

	boolean holds(String key) {
		return this.fullKeys.contains(key);
	}

	void addedRecord(String key) {
		this.fullKeys.add(key);
		this.records++;
	}

	void addedMergedId() {
		this.records++;
	}

	/** Whether a referenced record is staged for the first time (stage it only then). */
	boolean firstReference(String key) {
		return this.referenceKeys.add(key);
	}

	int records() {
		return this.records;
	}

	boolean isEmpty() {
		return this.records == 0;
	}

}
