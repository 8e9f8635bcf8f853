package org.peerscope.researcher;

import jakarta.servlet.http.HttpServletResponse;

import org.peerscope.account.AccountPrincipal;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.work.LinkedData;
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

	private final ResearcherPageService pages;

	private final ResearcherProfileService profiles;

	private final JsonMapper json;

	ResearcherController(ResearcherPageService pages, ResearcherProfileService profiles, JsonMapper json) {
		this.pages = pages;
		this.profiles = profiles;
		this.json = json;
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
		// them apart.
		response.addHeader(HttpHeaders.VARY, "HX-Target");
		WorkListQuery query = WorkListQuery.of(sort, type, from, to, page);
		if ("publications".equals(htmxTarget)) {
			ResearcherPageService.PublicationList list = this.pages.publications(key, query, WORKS_PAGE_SIZE)
				.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
			model.addAttribute("profile", list.profile());
			model.addAttribute("works", list.works());
			return "researcher/profile :: publications";
		}
		ResearcherPageService.ResearcherPage shown = this.pages
			.page(key, query, WORKS_PAGE_SIZE, (viewer != null) ? viewer.id() : null)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		ResearcherProfile profile = shown.profile();
		String canonical = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/researchers/{key}")
			.buildAndExpand(profile.key())
			.toUriString();
		model.addAttribute("profile", profile);
		model.addAttribute("works", shown.works());
		model.addAttribute("canonicalUrl", canonical);
		model.addAttribute("jsonLd", LinkedData.write(this.json, ResearcherLinkedData.person(profile, canonical)));
		model.addAttribute("activity", shown.activity());
		model.addAttribute("follow", shown.follow());
		model.addAttribute("claimPanel", shown.claimPanel());
		model.addAttribute("metricsReport", shown.metricsReport());
		model.addAttribute("trustSnapshot", shown.trustSnapshot());
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
