package org.peerscope.topic;

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
class TopicController {

	static final int PAGE_SIZE = 20;

	private final TopicService topics;

	TopicController(TopicService topics) {
		this.topics = topics;
	}

	@GetMapping("/topics/{key}")
	String topic(@PathVariable String key, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer works, Model model) {
		TopicPage topic = this.topics.page(key, PageRequestParams.page(page), PageRequestParams.page(works), PAGE_SIZE)
			.orElseThrow(() -> new NotFoundException(CatalogKind.TOPIC, key));
		model.addAttribute("topic", topic);
		model.addAttribute("canonicalUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path("/topics/{key}")
					.buildAndExpand(topic.key())
					.toUriString());
		return "topic/page";
	}

}
