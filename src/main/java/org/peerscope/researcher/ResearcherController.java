package org.peerscope.researcher;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;
import org.peerscope.work.ResearcherWorksService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ResearcherController {

	static final int WORKS_PAGE_SIZE = 20;

	private final ResearcherProfileService profiles;

	private final ResearcherWorksService works;

	ResearcherController(ResearcherProfileService profiles, ResearcherWorksService works) {
		this.profiles = profiles;
		this.works = works;
	}

	@GetMapping("/researchers/{key}")
	String profile(@PathVariable String key, @RequestParam(required = false) Integer page, Model model) {
		ResearcherProfile profile = this.profiles.profile(key)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		model.addAttribute("profile", profile);
		model.addAttribute("works", this.works.worksOf(profile.id(), PageRequestParams.page(page), WORKS_PAGE_SIZE));
		return "researcher/profile";
	}

}
