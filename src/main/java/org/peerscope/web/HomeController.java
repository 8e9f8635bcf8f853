package org.peerscope.web;

import org.peerscope.common.PageRequestParams;
import org.peerscope.researcher.ResearcherProfileService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class HomeController {

	static final int PAGE_SIZE = 24;

	private final ResearcherProfileService researchers;

	private final CatalogueOverview overview;

	HomeController(ResearcherProfileService researchers, CatalogueOverview overview) {
		this.researchers = researchers;
		this.overview = overview;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("counts", this.overview.counts());
		model.addAttribute("researchers", this.researchers.mostCited(PageRequestParams.page(page), PAGE_SIZE));
		return "home";
	}

}
