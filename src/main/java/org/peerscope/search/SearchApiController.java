package org.peerscope.search;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.peerscope.common.PageRequestParams;
import org.peerscope.common.PageSlice;
import org.peerscope.ratelimit.RateLimited;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search?q=&kind=}: search as JSON. {@code kind} is {@code all} (the
 * default: the first hits of every kind) or one kind, paged with {@code page} and
 * {@code size}.
 */
@RestController
class SearchApiController {

	static final Set<String> KINDS = Set.of("all", "researchers", "works", "topics", "institutions");

	static final int MAX_SIZE = 50;

	private final SearchService search;

	private final MessageSource messages;

	SearchApiController(SearchService search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/api/search")
	@RateLimited("search-api")
	ResponseEntity<SearchJson> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		String chosen = (kind == null || kind.isBlank()) ? "all" : kind.strip().toLowerCase(Locale.ROOT);
		SearchText text = SearchText.of(q);
		if (!KINDS.contains(chosen)) {
			return ResponseEntity.badRequest()
				.body(new SearchJson(text.text(), kind, null,
						"kind must be one of all, researchers, works, topics, " + "institutions", null, null, null,
						null));
		}
		String redirect = this.search.shortcut(text).orElse(null);
		String message = ((redirect != null) ? Optional.<SearchNotice>empty() : SearchNotice.of(text))
			.map((notice) -> this.messages.getMessage(notice.code(), new Object[] { notice.argument() },
					LocaleContextHolder.getLocale()))
			.orElse(null);
		int pageNumber = PageRequestParams.page(page);
		int pageSize = PageRequestParams.size(size, SearchController.PAGE_SIZE, MAX_SIZE);
		SearchJson json = switch (chosen) {
			case "researchers" -> new SearchJson(text.text(), chosen, redirect, message,
					group(this.search.researchers(text, ResearcherFilters.none(), pageNumber, pageSize),
							SearchJson.ResearcherJson::of),
					null, null, null);
			case "works" -> new SearchJson(text.text(), chosen, redirect, message, null,
					group(this.search.works(text, WorkFilters.none(), pageNumber, pageSize), SearchJson.WorkJson::of,
							this.search.workCandidates()),
					null, null);
			case "topics" -> new SearchJson(text.text(), chosen, redirect, message, null, null,
					group(this.search.topics(text, pageNumber, pageSize), SearchJson.TopicJson::of), null);
			case "institutions" -> new SearchJson(text.text(), chosen, redirect, message, null, null, null,
					group(this.search.institutions(text, pageNumber, pageSize), SearchJson.InstitutionJson::of));
			default -> overview(text, chosen, redirect, message);
		};
		return ResponseEntity.ok(json);
	}

	private SearchJson overview(SearchText text, String kind, String redirect, String message) {
		SearchOverview results = this.search.overview(text, SearchController.PER_KIND, false);
		return new SearchJson(text.text(), kind, redirect, message,
				SearchJson.Group.of(results.researchers(), SearchJson.ResearcherJson::of),
				SearchJson.Group.of(results.works(), SearchJson.WorkJson::of),
				SearchJson.Group.of(results.topics(), SearchJson.TopicJson::of),
				SearchJson.Group.of(results.institutions(), SearchJson.InstitutionJson::of));
	}

	private static <H, T> SearchJson.Group<T> group(PageSlice<H> slice, Function<H, T> mapper) {
		return group(slice, mapper, Long.MAX_VALUE);
	}

	private static <H, T> SearchJson.Group<T> group(PageSlice<H> slice, Function<H, T> mapper, long cap) {
		return new SearchJson.Group<>(slice.totalItems(), slice.totalItems() >= cap,
				slice.items().stream().map(mapper).toList());
	}

}
