package org.peerscope.work;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WorkApiController {

	private final WorkPageService works;

	WorkApiController(WorkPageService works) {
		this.works = works;
	}

	@GetMapping("/api/works/{key}")
	WorkJson work(@PathVariable String key) {
		return this.works.page(key).map(WorkJson::of).orElseThrow(() -> new NotFoundException(CatalogKind.WORK, key));
	}

}
