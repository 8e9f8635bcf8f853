package org.peerscope.search;

/**
 * A work found by its title or abstract.
 *
 * @param venue the journal or repository, or null
 * @param firstAuthor the first name of the byline, or null when there is none
 */
public record WorkHit(String key, String title, String type, Integer year, String venue, int citedByCount,
		String firstAuthor, int authorCount) {

}
