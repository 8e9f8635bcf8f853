package org.peerscope.institution;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class InstitutionController {

	static final int PAGE_SIZE = 24;

	private final InstitutionService institutions;

	InstitutionController(InstitutionService institutions) {
		this.institutions = institutions;
	}

	@GetMapping("/institutions/{key}")
	String institution(@PathVariable String key, @RequestParam(required = false) Integer page, Model model) {
		InstitutionPage institution = this.institutions.page(key, PageRequestParams.page(page), PAGE_SIZE)
			.orElseThrow(() -> new NotFoundException(CatalogKind.INSTITUTION, key));
		model.addAttribute("institution", institution);
		model.addAttribute("canonicalUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/institutions/{key}")
					.buildAndExpand(institution.key())
					.toUriString());
		return "institution/page";
	}

}
