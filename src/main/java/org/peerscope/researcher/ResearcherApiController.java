package org.peerscope.researcher;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResearcherApiController {

	private final ResearcherProfileService profiles;

	ResearcherApiController(ResearcherProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/researchers/{key}")
	ResearcherJson researcher(@PathVariable String key) {
		return this.profiles.profile(key)
			.map(ResearcherJson::of)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
	}

}
