package org.peerscope.topic;

import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TopicApiController {

	static final int MAX_PAGE_SIZE = 100;

	private final TopicService topics;

	TopicApiController(TopicService topics) {
		this.topics = topics;
	}

	/**
	 * A topic with a page of its top researchers ({@code page}) and of its recent works
	 * ({@code works}), {@code size} each.
	 */
	@GetMapping("/api/topics/{key}")
	TopicJson topic(@PathVariable String key, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer works, @RequestParam(required = false) Integer size) {
		return this.topics
			.page(key, PageRequestParams.page(page), PageRequestParams.page(works),
					PageRequestParams.size(size, TopicController.PAGE_SIZE, MAX_PAGE_SIZE))
			.map(TopicJson::of)
			.orElseThrow(() -> new NotFoundException(CatalogKind.TOPIC, key));
	}

}
