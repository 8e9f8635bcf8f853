package org.peerscope.search;

import java.util.Optional;

/**
 * What a results page says about the search itself, rather than its results: a prompt for
 * an empty box, why nothing was searched, or that the text was shortened.
 *
 * @param code the message key ({@code i18n/search.properties})
 * @param argument the message's argument, or null
 */
public record SearchNotice(String code, Object argument) {

	/** The notice for a search whose text has been cleaned and whose shortcut failed. */
	static Optional<SearchNotice> of(SearchText text) {
		if (text.isEmpty()) {
			return Optional.of(new SearchNotice("search.prompt", null));
		}
		if (!text.isSearchable()) {
			return Optional.of(new SearchNotice("search.tooShort", null));
		}
		if (text.identifier().isPresent()) {
			return Optional.of(new SearchNotice("search.identifierUnknown", text.text()));
		}
		if (text.shortened()) {
			return Optional.of(new SearchNotice("search.shortened", SearchText.MAX_LENGTH));
		}
		return Optional.empty();
	}

}
