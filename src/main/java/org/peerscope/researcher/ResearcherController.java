package org.peerscope.researcher;

import jakarta.servlet.http.HttpServletResponse;

import org.peerscope.account.AccountPrincipal;
import org.peerscope.claim.ClaimService;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.follow.FollowService;
import org.peerscope.metrics.MetricsReportService;
import org.peerscope.trust.TrustService;
import org.peerscope.work.LinkedData;
import org.peerscope.work.ResearcherWorksService;
import org.peerscope.work.WorkListQuery;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

@Controller
class ResearcherController {

	static final int WORKS_PAGE_SIZE = 20;

	private final ResearcherProfileService profiles;

	private final ResearcherWorksService works;

	private final JsonMapper json;

	private final FollowService follows;

	private final ClaimService claims;

	private final MetricsReportService metrics;

	private final TrustService trust;

	ResearcherController(ResearcherProfileService profiles, ResearcherWorksService works, JsonMapper json,
			FollowService follows, ClaimService claims, MetricsReportService metrics, TrustService trust) {
		this.profiles = profiles;
		this.works = works;
		this.json = json;
		this.follows = follows;
		this.claims = claims;
		this.metrics = metrics;
		this.trust = trust;
	}

	/**
	 * The profile page. An htmx request from the publication list's controls gets only
	 * the list back.
	 */
	@GetMapping("/researchers/{key}")
	String profile(@PathVariable String key, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Target", required = false) String htmxTarget,
			@AuthenticationPrincipal AccountPrincipal viewer, HttpServletResponse response, Model model) {
		// The same URL answers with the whole page or only the list: caches must keep
		// them
		// apart.
		response.addHeader(HttpHeaders.VARY, "HX-Target");
		ResearcherProfile profile = this.profiles.profile(key)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		model.addAttribute("profile", profile);
		model.addAttribute("works",
				this.works.worksOf(profile.id(), WorkListQuery.of(sort, type, from, to, page), WORKS_PAGE_SIZE));
		if ("publications".equals(htmxTarget)) {
			return "researcher/profile :: publications";
		}
		String canonical = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/researchers/{key}")
			.buildAndExpand(profile.key())
			.toUriString();
		model.addAttribute("canonicalUrl", canonical);
		model.addAttribute("jsonLd", LinkedData.write(this.json, ResearcherLinkedData.person(profile, canonical)));
		model.addAttribute("activity", this.profiles.activity(profile.id()));
		Long viewerId = (viewer != null) ? viewer.id() : null;
		model.addAttribute("follow", this.follows.status(profile.id(), profile.key(), viewerId));
		model.addAttribute("claimPanel", this.claims.panel(profile.id(), profile.key(), viewerId));
		model.addAttribute("metricsReport", this.metrics.report(profile.id()).orElse(null));
		model.addAttribute("trustSnapshot", this.trust.snapshot(profile.id()).orElse(null));
		return "researcher/profile";
	}

	/** The research graph teaser, loaded by the profile page after it shows. */
	@GetMapping("/researchers/{key}/teaser")
	String teaser(@PathVariable String key, Model model) {
		model.addAttribute("key", CatalogKind.RESEARCHER.normalizeKey(key).orElse(key));
		model.addAttribute("teaser",
				this.profiles.teaser(key).orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key)));
		return "researcher/teaser :: teaser";
	}

}
