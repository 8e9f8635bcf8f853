package org.peerscope.institution;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InstitutionApiController {

	static final int MAX_PAGE_SIZE = 100;

	private final InstitutionService institutions;

	InstitutionApiController(InstitutionService institutions) {
		this.institutions = institutions;
	}

	/** An institution with a page ({@code page}, {@code size}) of its researchers. */
	@GetMapping("/api/institutions/{key}")
	InstitutionJson institution(@PathVariable String key, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.institutions
			.page(key, PageRequestParams.page(page),
					PageRequestParams.size(size, InstitutionController.PAGE_SIZE, MAX_PAGE_SIZE))
			.map(InstitutionJson::of)
			.orElseThrow(() -> new NotFoundException(CatalogKind.INSTITUTION, key));
	}

}
