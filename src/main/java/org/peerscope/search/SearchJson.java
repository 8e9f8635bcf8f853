package org.peerscope.search;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.peerscope.common.CatalogKind;

/**
 * The answer of {@code GET /api/search}: the hits of each kind asked for (kinds not asked
 * for are left out), a redirect when the text is an identifier of a record, and a message
 * when there was nothing to search with.
 *
 * @param query the text searched for, after cleaning
 * @param kind {@code all}, {@code researchers}, {@code works}, {@code topics} or
 * {@code institutions}
 * @param redirect the page of the record the query identifies, or null
 * @param message why nothing was searched, or a remark on the query, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchJson(String query, String kind, String redirect, String message, Group<ResearcherJson> researchers,
		Group<WorkJson> works, Group<TopicJson> topics, Group<InstitutionJson> institutions) {

	/**
	 * @param total how many hits there are, or at least, when {@code atLeast}
	 */
	record Group<T>(long total, boolean atLeast, List<T> items) {

		static <H, T> Group<T> of(Hits<H> hits, Function<H, T> mapper) {
			return new Group<>(hits.total(), hits.atLeast(), hits.items().stream().map(mapper).toList());
		}

	}

	record ResearcherJson(String key, String url, String displayName, String affiliation, int worksCount,
			long citedByCount) {

		static ResearcherJson of(ResearcherHit hit) {
			return new ResearcherJson(hit.key(), SearchPaths.researcher(hit.key()), hit.displayName(),
					hit.affiliation(), hit.worksCount(), hit.citedByCount());
		}

	}

	record WorkJson(String key, String url, String title, String type, Integer year, String venue, int citedByCount,
			String firstAuthor, int authorCount) {

		static WorkJson of(WorkHit hit) {
			return new WorkJson(hit.key(), SearchPaths.work(hit.key()), hit.title(), hit.type(), hit.year(),
					hit.venue(), hit.citedByCount(), hit.firstAuthor(), hit.authorCount());
		}

	}

	record TopicJson(String key, String url, String displayName, String field) {

		static TopicJson of(TopicHit hit) {
			return new TopicJson(hit.key(), SearchPaths.of(CatalogKind.TOPIC, hit.key()), hit.displayName(),
					hit.field());
		}

	}

	record InstitutionJson(String key, String url, String displayName, String countryCode) {

		static InstitutionJson of(InstitutionHit hit) {
			return new InstitutionJson(hit.key(), SearchPaths.of(CatalogKind.INSTITUTION, hit.key()), hit.displayName(),
					hit.countryCode());
		}

	}

}
