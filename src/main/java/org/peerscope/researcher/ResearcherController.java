package org.peerscope.researcher;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;
import org.peerscope.metrics.MetricsReportService;
import org.peerscope.trust.TrustService;
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

	private final MetricsReportService metrics;

	private final TrustService trust;

	ResearcherController(ResearcherProfileService profiles, ResearcherWorksService works, MetricsReportService metrics,
			TrustService trust) {
		this.profiles = profiles;
		this.works = works;
		this.metrics = metrics;
		this.trust = trust;
	}

	@GetMapping("/researchers/{key}")
	String profile(@PathVariable String key, @RequestParam(required = false) Integer page, Model model) {
		ResearcherProfile profile = this.profiles.profile(key)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		model.addAttribute("profile", profile);
		model.addAttribute("works", this.works.worksOf(profile.id(), PageRequestParams.page(page), WORKS_PAGE_SIZE));
		model.addAttribute("metricsReport", this.metrics.report(profile.id()).orElse(null));
		model.addAttribute("trustSnapshot", this.trust.snapshot(profile.id()).orElse(null));
		return "researcher/profile";
	}

}
