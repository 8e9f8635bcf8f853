package org.peerscope.work;

import java.time.LocalDate;
import java.util.List;

import org.peerscope.work.YearChart.Bar;

/**
 * The JSON form of a work ({@code GET /api/works/{key}}). Field names are a public
 * contract.
 */
record WorkJson(String key, String openalexId, String title, String type, LocalDate publicationDate,
		Integer publicationYear, Venue venue, String doi, String arxivId, String abstractText, String language,
		int citedByCount, List<CitationYear> citationsByYear, List<Author> authors, List<Topic> topics,
		List<WorkPage.WorkRef> references, List<WorkPage.WorkRef> citedBy, List<WorkPage.WorkRef> related) {

	static WorkJson of(WorkPage work) {
		return new WorkJson(work.key(), work.openalexId(), work.title(), work.type(), work.publicationDate(),
				work.publicationYear(),
				(work.venue() != null) ? new Venue(work.venue().key(), work.venue().name(), work.venue().type()) : null,
				work.doi(), work.arxivId(), work.abstractText(), work.language(), work.citedByCount(),
				work.citations().bars().stream().map((Bar bar) -> new CitationYear(bar.year(), bar.value())).toList(),
				work.authors()
					.stream()
					.map((a) -> new Author(a.order(), a.name(), a.researcherKey(), a.corresponding(),
							a.institutions().stream().map((i) -> new Institution(i.key(), i.name())).toList()))
					.toList(),
				work.topics()
					.stream()
					.map((t) -> new Topic(t.key(), t.name(), t.field(), t.subfield(), t.primary()))
					.toList(),
				work.references(), work.citedBy(), work.related());
	}

	record Venue(String key, String name, String type) {
	}

	record CitationYear(int year, long citedByCount) {
	}

	record Author(int order, String name, String researcherKey, boolean corresponding, List<Institution> institutions) {
	}

	record Institution(String key, String name) {
	}

	record Topic(String key, String name, String field, String subfield, boolean primary) {
	}

}
