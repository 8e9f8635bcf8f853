package org.peerscope.trust;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /about/trust}: levels, signals with their points, and the label thresholds, all
 * taken from the rules themselves.
 */
@Controller
class AboutTrustController {

	@GetMapping("/about/trust")
	String about(Model model) {
		model.addAttribute("levels", List.of(0, 1, 2, 3));
		model.addAttribute("signals", signals());
		model.addAttribute("labels", labels());
		model.addAttribute("unclaimedMaximum", TrustRules.UNCLAIMED_MAXIMUM);
		return "trust/about";
	}

	static List<SignalRow> signals() {
		return List.of(new SignalRow("claimed", String.valueOf(TrustRules.CLAIMED)),
				new SignalRow("verificationLevel", "0–" + TrustRules.LEVEL[3]),
				new SignalRow("orcid", String.valueOf(TrustRules.ORCID)),
				new SignalRow("affiliation", TrustRules.AFFILIATION_PAST + " / " + TrustRules.AFFILIATION_CURRENT),
				new SignalRow("dois", "0–" + TrustRules.DOIS), new SignalRow("coauthors", "0–" + TrustRules.COAUTHORS),
				new SignalRow("recordAge", "0–" + TrustRules.RECORD_AGE),
				new SignalRow("openDisputes", "−" + TrustRules.PER_OPEN_DISPUTE + " ×"));
	}

	static List<LabelRow> labels() {
		List<LabelRow> rows = new ArrayList<>();
		TrustLabel[] labels = TrustLabel.values();
		for (int i = 0; i < labels.length; i++) {
			int to = (i + 1 < labels.length) ? labels[i + 1].minimumScore() - 1 : TrustRules.MAXIMUM;
			rows.add(new LabelRow(labels[i], labels[i].minimumScore(), to));
		}
		return rows;
	}

	record SignalRow(String name, String points) {
	}

	record LabelRow(TrustLabel label, int from, int to) {
	}

}
