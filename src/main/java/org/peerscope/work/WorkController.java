package org.peerscope.work;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

@Controller
class WorkController {

	private final WorkPageService works;

	private final JsonMapper json;

	WorkController(WorkPageService works, JsonMapper json) {
		this.works = works;
		this.json = json;
	}

	@GetMapping("/works/{key}")
	String work(@PathVariable String key, Model model) {
		WorkPage work = this.works.page(key).orElseThrow(() -> new NotFoundException(CatalogKind.WORK, key));
		String canonical = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/works/{key}")
			.buildAndExpand(work.key())
			.toUriString();
		model.addAttribute("work", work);
		model.addAttribute("canonicalUrl", canonical);
		model.addAttribute("jsonLd", LinkedData.write(this.json, LinkedData.article(work, canonical)));
		return "work/page";
	}

	/**
	 * The whole byline, as the fragment that replaces a shortened one ("et al.") in a
	 * publication list; without htmx the link goes to the work page instead.
	 */
	@GetMapping("/works/{key}/authors")
	String authors(@PathVariable String key, @RequestParam(required = false) String highlight, Model model) {
		model.addAttribute("workKey", key);
		model.addAttribute("authors",
				this.works.authors(key).orElseThrow(() -> new NotFoundException(CatalogKind.WORK, key)));
		model.addAttribute("highlight", CatalogKind.RESEARCHER.normalizeKey(highlight).orElse(null));
		return "work/authors :: byline";
	}

}
