package org.peerscope.researcher;

import org.peerscope.account.AccountPrincipal;
import org.peerscope.claim.ClaimService;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;
import org.peerscope.follow.FollowService;
import org.peerscope.work.ResearcherWorksService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;

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

	private final FollowService follows;

	private final ClaimService claims;

	ResearcherController(ResearcherProfileService profiles, ResearcherWorksService works, FollowService follows,
			ClaimService claims) {
		this.profiles = profiles;
		this.works = works;
		this.follows = follows;
		this.claims = claims;
	}

	@GetMapping("/researchers/{key}")
	String profile(@PathVariable String key, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		ResearcherProfile profile = this.profiles.profile(key)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		model.addAttribute("profile", profile);
		model.addAttribute("works", this.works.worksOf(profile.id(), PageRequestParams.page(page), WORKS_PAGE_SIZE));
		Long viewerId = (viewer != null) ? viewer.id() : null;
		model.addAttribute("follow", this.follows.status(profile.id(), profile.key(), viewerId));
		model.addAttribute("claimPanel", this.claims.panel(profile.id(), profile.key(), viewerId));
		return "researcher/profile";
	}

}
