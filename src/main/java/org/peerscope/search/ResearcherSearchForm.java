package org.peerscope.search;

import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The researcher search page's query and filters, as they arrive in the URL. Every field
 * is text, so that whatever arrives binds.
 *
 * @param claimed {@code true} (or {@code on}) for claimed profiles only
 */
public record ResearcherSearchForm(String q, @Size(max = 200, message = "{search.form.tooLong}") String institution,
		@Size(max = 200, message = "{search.form.tooLong}") String topic, String claimed, String page) {

	public boolean claimedOnly() {
		return "true".equalsIgnoreCase(this.claimed) || "on".equalsIgnoreCase(this.claimed);
	}

	/** The filters, leaving out those that were not valid. */
	ResearcherFilters validFilters(Errors errors) {
		return new ResearcherFilters(errors.hasFieldErrors("institution") ? null : this.institution,
				errors.hasFieldErrors("topic") ? null : this.topic, claimedOnly());
	}

	Integer pageNumber() {
		return number(this.page);
	}

	/** A page number from the URL, or null when there is none or it is not a number. */
	static Integer number(String value) {
		if (value == null || !value.strip().matches("[0-9]{1,9}")) {
			return null;
		}
		return Integer.valueOf(value.strip());
	}

}
