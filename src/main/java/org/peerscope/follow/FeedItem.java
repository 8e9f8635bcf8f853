package org.peerscope.follow;

import java.time.LocalDate;
import java.util.List;

/**
 * A work in the feed of new works by followed researchers.
 *
 * @param followedAuthors the followed researchers among its authors
 */
public record FeedItem(String key, String title, String type, LocalDate publicationDate, Integer publicationYear,
		String venue, String doi, List<Author> followedAuthors) {

	public FeedItem {
		followedAuthors = List.copyOf(followedAuthors);
	}

	public record Author(String key, String name) {

	}

}
