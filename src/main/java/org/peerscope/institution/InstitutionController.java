package org.peerscope.institution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;
import org.peerscope.work.LinkedData;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.json.JsonMapper;

@Controller
class InstitutionController {

	static final int PAGE_SIZE = 24;

	private final InstitutionService institutions;

	private final JsonMapper json;

	InstitutionController(InstitutionService institutions, JsonMapper json) {
		this.institutions = institutions;
		this.json = json;
	}

	@GetMapping("/institutions/{key}")
	String institution(@PathVariable String key, @RequestParam(required = false) Integer page, Model model) {
		InstitutionPage institution = this.institutions.page(key, PageRequestParams.page(page), PAGE_SIZE)
			.orElseThrow(() -> new NotFoundException(CatalogKind.INSTITUTION, key));
		model.addAttribute("institution", institution);
		String canonical = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/institutions/{key}")
			.buildAndExpand(institution.key())
			.toUriString();
		model.addAttribute("canonicalUrl", canonical);
		model.addAttribute("jsonLd", LinkedData.write(this.json, organization(institution, canonical)));
		return "institution/page";
	}

	/** The schema.org {@code Organization} of an institution page. */
	static Map<String, Object> organization(InstitutionPage institution, String pageUrl) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", "https://schema.org");
		doc.put("@type", "education".equals(institution.type()) ? "CollegeOrUniversity" : "Organization");
		doc.put("@id", pageUrl);
		doc.put("url", pageUrl);
		doc.put("name", institution.name());
		if (institution.countryCode() != null) {
			doc.put("address", LinkedData.node("PostalAddress", "addressCountry", institution.countryCode()));
		}
		List<String> sameAs = new ArrayList<>();
		if (institution.ror() != null) {
			sameAs.add("https://ror.org/" + institution.ror());
		}
		if (institution.openalexId() != null) {
			sameAs.add("https://openalex.org/" + institution.openalexId());
		}
		if (institution.homepageUrl() != null) {
			sameAs.add(institution.homepageUrl());
		}
		if (!sameAs.isEmpty()) {
			doc.put("sameAs", sameAs);
		}
		return doc;
	}

}
