package org.peerscope.search;

import java.util.Optional;

import jakarta.validation.Valid;

import org.peerscope.common.PageRequestParams;
import org.peerscope.common.PageSlice;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search pages: all kinds at once, researchers and works with filters, and the
 * header's suggestions as you type (an htmx fragment of the same address).
 */
@Controller
class SearchController {

	static final int PER_KIND = 5;

	static final int SUGGESTIONS_PER_KIND = 4;

	static final int PAGE_SIZE = 20;

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, Model model) {
		SearchText text = SearchText.of(q);
		Optional<String> shortcut = this.search.shortcut(text);
		if (shortcut.isPresent()) {
			return "redirect:" + shortcut.get();
		}
		if ("researchers".equals(kind) || "works".equals(kind)) {
			return "redirect:" + UriComponentsBuilder.fromPath("/search/" + kind)
				.queryParam("q", text.text())
				.encode()
				.build()
				.toUriString();
		}
		model.addAttribute("searchText", text);
		model.addAttribute("notice", SearchNotice.of(text).orElse(null));
		if ("topics".equals(kind) || "institutions".equals(kind)) {
			int pageNumber = PageRequestParams.page(page);
			PageSlice<?> slice = "topics".equals(kind) ? this.search.topics(text, pageNumber, PAGE_SIZE)
					: this.search.institutions(text, pageNumber, PAGE_SIZE);
			model.addAttribute("kind", kind);
			model.addAttribute("hits", slice);
			model.addAttribute("pages", PageLinks.of(slice));
			return "search/kind";
		}
		model.addAttribute("results", this.search.overview(text, PER_KIND, false));
		model.addAttribute("workCandidates", this.search.workCandidates());
		return "search/results";
	}

	@GetMapping(path = "/search", params = "suggest")
	String suggestions(@RequestParam(required = false) String q, Model model) {
		SearchText text = SearchText.of(q);
		model.addAttribute("searchText", text);
		model.addAttribute("shortcut", this.search.shortcut(text).orElse(null));
		model.addAttribute("results", this.search.overview(text, SUGGESTIONS_PER_KIND, true));
		return "search/box :: suggestions";
	}

	@GetMapping("/search/researchers")
	String researchers(@Valid @ModelAttribute("researcherSearch") ResearcherSearchForm form, BindingResult errors,
			Model model) {
		SearchText text = SearchText.of(form.q());
		Optional<String> shortcut = this.search.shortcut(text);
		if (shortcut.isPresent()) {
			return "redirect:" + shortcut.get();
		}
		PageSlice<ResearcherHit> hits = this.search.researchers(text, form.validFilters(errors),
				PageRequestParams.page(form.pageNumber()), PAGE_SIZE);
		model.addAttribute("searchText", text);
		model.addAttribute("notice", SearchNotice.of(text).orElse(null));
		model.addAttribute("hits", hits);
		model.addAttribute("pages", PageLinks.of(hits));
		return "search/researchers";
	}

	@GetMapping("/search/works")
	String works(@Valid @ModelAttribute("workSearch") WorkSearchForm form, BindingResult errors, Model model) {
		SearchText text = SearchText.of(form.q());
		Optional<String> shortcut = this.search.shortcut(text);
		if (shortcut.isPresent()) {
			return "redirect:" + shortcut.get();
		}
		PageSlice<WorkHit> hits = this.search.works(text, form.validFilters(errors),
				PageRequestParams.page(form.pageNumber()), PAGE_SIZE);
		model.addAttribute("searchText", text);
		model.addAttribute("notice", SearchNotice.of(text).orElse(null));
		model.addAttribute("hits", hits);
		model.addAttribute("pages", PageLinks.of(hits));
		model.addAttribute("types", WorkSearchForm.TYPES);
		model.addAttribute("workCandidates", this.search.workCandidates());
		return "search/works";
	}

}
