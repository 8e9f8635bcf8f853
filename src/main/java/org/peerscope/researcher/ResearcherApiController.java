package org.peerscope.researcher;

import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;
import org.peerscope.metrics.MetricsReportService;
import org.peerscope.trust.TrustService;
import org.peerscope.work.ResearcherWorksService;
import org.peerscope.work.WorkListQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResearcherApiController {

	static final int DEFAULT_PAGE_SIZE = 20;

	static final int MAX_PAGE_SIZE = 100;

	private final ResearcherProfileService profiles;

	private final ResearcherWorksService works;

	private final CatalogLookup lookup;

	private final MetricsReportService metrics;

	private final TrustService trust;

	ResearcherApiController(ResearcherProfileService profiles, ResearcherWorksService works, CatalogLookup lookup,
			MetricsReportService metrics, TrustService trust) {
		this.profiles = profiles;
		this.works = works;
		this.lookup = lookup;
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

	/**
	 * A page of the publication list: {@code sort=date|citations|title}, optional
	 * {@code type}, {@code from} and {@code to} (years); pinned works first.
	 */
	@GetMapping("/api/researchers/{key}/works")
	ResearcherWorksJson works(@PathVariable String key, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to) {
		CatalogRef researcher = this.lookup.researcher(key)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		return ResearcherWorksJson.of(researcher.key(),
				this.works.worksOf(researcher.id(), WorkListQuery.of(sort, type, from, to, page),
						PageRequestParams.size(size, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)));
	}

}
