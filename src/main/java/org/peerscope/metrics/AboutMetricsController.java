package org.peerscope.metrics;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /about/metrics}: every formula with its inputs.
 */
@Controller
class AboutMetricsController {

	static final List<String> DEFINITIONS = List.of("works", "citations", "h", "i10", "twoYear", "years", "novelty",
			"ai", "field");

	@GetMapping("/about/metrics")
	String about(Model model) {
		model.addAttribute("definitions", DEFINITIONS);
		return "metrics/about";
	}

}
