package org.peerscope.researcher;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.metrics.MetricsReportService;
import org.peerscope.trust.TrustService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResearcherApiController {

	private final ResearcherProfileService profiles;

	private final MetricsReportService metrics;

	private final TrustService trust;

	ResearcherApiController(ResearcherProfileService profiles, MetricsReportService metrics, TrustService trust) {
		this.profiles = profiles;
		this.metrics = metrics;
		this.trust = trust;
	}

	@GetMapping("/api/researchers/{key}")
	ResearcherJson researcher(@PathVariable String key) {
		return this.profiles.profile(key)
			.map((profile) -> ResearcherJson.of(profile, this.metrics.report(profile.id()).orElse(null),
					this.trust.snapshot(profile.id()).orElse(null)))
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
	}

}
