package org.peerscope.search;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * The work search page's query and filters, as they arrive in the URL. Every field is
 * text, so that whatever arrives binds and each problem is reported next to its field.
 */
public record WorkSearchForm(String q, String type,
		@Pattern(regexp = "[0-9]{0,9}", message = "{search.form.number}") String from,
		@Pattern(regexp = "[0-9]{0,9}", message = "{search.form.number}") String to,
		@Size(max = 200, message = "{search.form.tooLong}") String venue, String page) {

	/** The work types of the catalogue (the check constraint on works.work_type). */
	static final List<String> TYPES = List.of("article", "preprint", "book", "book-chapter", "dataset", "dissertation",
			"review", "report", "editorial", "letter", "erratum", "paratext", "peer-review", "reference-entry",
			"standard", "grant", "libguides", "supplementary-materials", "retraction", "other");

	public WorkSearchForm {
		from = (from != null) ? from.strip() : null;
		to = (to != null) ? to.strip() : null;
	}

	@AssertTrue(message = "{search.form.type.unknown}")
	public boolean isTypeKnown() {
		return this.type == null || this.type.isBlank() || TYPES.contains(this.type);
	}

	@AssertTrue(message = "{search.form.year.range}")
	public boolean isFromInRange() {
		return inRange(year(this.from));
	}

	@AssertTrue(message = "{search.form.year.range}")
	public boolean isToInRange() {
		return inRange(year(this.to));
	}

	@AssertTrue(message = "{search.form.year.order}")
	public boolean isYearOrderValid() {
		Integer first = year(this.from);
		Integer last = year(this.to);
		return first == null || last == null || first <= last;
	}

	/** The filters, leaving out those that were not valid. */
	WorkFilters validFilters(Errors errors) {
		boolean yearsValid = !errors.hasFieldErrors("from") && !errors.hasFieldErrors("to")
				&& !errors.hasFieldErrors("fromInRange") && !errors.hasFieldErrors("toInRange")
				&& !errors.hasFieldErrors("yearOrderValid");
		return new WorkFilters(isTypeKnown() ? this.type : null, yearsValid ? year(this.from) : null,
				yearsValid ? year(this.to) : null, errors.hasFieldErrors("venue") ? null : this.venue);
	}

	Integer pageNumber() {
		return ResearcherSearchForm.number(this.page);
	}

	private static Integer year(String value) {
		return (value != null && value.matches("[0-9]{1,9}")) ? Integer.valueOf(value) : null;
	}

	private static boolean inRange(Integer year) {
		return year == null || (year >= 1500 && year <= 2200);
	}

}
