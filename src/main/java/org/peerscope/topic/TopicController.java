package org.peerscope.topic;

import java.util.LinkedHashMap;
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
class TopicController {

	static final int PAGE_SIZE = 20;

	private final TopicService topics;

	private final JsonMapper json;

	TopicController(TopicService topics, JsonMapper json) {
		this.topics = topics;
		this.json = json;
	}

	@GetMapping("/topics/{key}")
	String topic(@PathVariable String key, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer works, Model model) {
		TopicPage topic = this.topics.page(key, PageRequestParams.page(page), PageRequestParams.page(works), PAGE_SIZE)
			.orElseThrow(() -> new NotFoundException(CatalogKind.TOPIC, key));
		model.addAttribute("topic", topic);
		String canonical = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/topics/{key}")
			.buildAndExpand(topic.key())
			.toUriString();
		model.addAttribute("canonicalUrl", canonical);
		model.addAttribute("jsonLd", LinkedData.write(this.json, definedTerm(topic, canonical)));
		return "topic/page";
	}

	/** The schema.org {@code DefinedTerm} of a topic page, within its field. */
	static Map<String, Object> definedTerm(TopicPage topic, String pageUrl) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", "https://schema.org");
		doc.put("@type", "DefinedTerm");
		doc.put("@id", pageUrl);
		doc.put("url", pageUrl);
		doc.put("name", topic.name());
		if (topic.description() != null) {
			doc.put("description", topic.description());
		}
		if (topic.field() != null) {
			doc.put("inDefinedTermSet", LinkedData.node("DefinedTermSet", "name", topic.field()));
		}
		if (topic.openalexId() != null) {
			doc.put("sameAs", "https://openalex.org/" + topic.openalexId());
		}
		return doc;
	}

}
