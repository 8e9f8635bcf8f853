package org.peerscope.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.peerscope.demo.DemoFields.Field;
import org.peerscope.demo.DemoFields.Topic;

/**
 * Titles and abstracts assembled from a field's vocabulary: varied, on topic, and never
 * the same title twice.
 */
final class DemoTexts {

	private static final List<String> TITLE_PATTERNS = List.of("%P: %M %S", "Rethinking %p %S", "%M for %p",
			"What drives %p? Evidence %S", "Towards reliable %p with %m", "On %p %S", "%P revisited: %m",
			"Scaling %p %S", "A closer look at %p", "%P and its limits %S", "Measuring %p %S: %m", "Beyond %p: %m");

	private static final List<String> DATASET_PATTERNS = List.of("%P: an open dataset %S", "A curated dataset on %p %S",
			"Replication data for: %p %S");

	private static final List<String> CHAPTER_PATTERNS = List.of("%P: an introduction", "Methods for %p",
			"%P: open problems and directions");

	private static final List<String> REVIEW_PATTERNS = List.of("%P: a review", "A systematic review of %p",
			"Recent advances in %p");

	private static final List<String> RESULTS = List.of("improves accuracy by %d%% over the strongest baseline",
			"reduces error by %d%% while using less data", "explains %d%% of the observed variation",
			"agrees with independent measurements within %d%%", "cuts computational cost by %d%%");

	private static final List<String> LIMITATIONS = List.of("struggle when conditions change",
			"rely on assumptions that rarely hold in practice", "have been evaluated only on small samples",
			"ignore the interactions between components", "are expensive to reproduce");

	private static final List<String> IMPLICATIONS = List.of(
			"These findings suggest a simple, practical change to current practice.",
			"We release code and data to support replication.",
			"The results call for caution when generalising earlier estimates.",
			"Our analysis identifies where further measurements would be most informative.",
			"We discuss implications for policy and for the design of future studies.");

	private final Random random;

	private final Set<String> usedTitles;

	/**
	 * @param distinctTitles whether every title must differ from the ones made before
	 * (costs memory in proportion to the titles made)
	 */
	DemoTexts(Random random, boolean distinctTitles) {
		this.random = random;
		this.usedTitles = distinctTitles ? new HashSet<>() : null;
	}

	String title(Field field, Topic topic, String type) {
		List<String> patterns = switch (type) {
			case "dataset" -> DATASET_PATTERNS;
			case "book-chapter" -> CHAPTER_PATTERNS;
			case "review" -> REVIEW_PATTERNS;
			default -> TITLE_PATTERNS;
		};
		if (this.usedTitles == null) {
			return fill(pick(patterns), field, topic);
		}
		for (int attempt = 0;; attempt++) {
			String title = fill(pick(patterns), field, topic);
			// Some topics have few title shapes (book chapters); numbering the parts
			// always ends the search.
			if (attempt >= 20) {
				title = title + ": part " + (attempt - 18);
			}
			if (this.usedTitles.add(title)) {
				return title;
			}
		}
	}

	String abstractText(Field field, Topic topic) {
		String phrase = pick(topic.phrases());
		String method = pick(field.methods());
		StringBuilder text = new StringBuilder();
		text.append(capitalise(phrase))
			.append(" is a central question in ")
			.append(topic.name())
			.append(" research, yet existing approaches ")
			.append(pick(LIMITATIONS))
			.append(". ");
		text.append("We study ")
			.append(phrase)
			.append(' ')
			.append(pick(field.settings()))
			.append(" using ")
			.append(method)
			.append(". ");
		text.append("Compared with ")
			.append(pick(field.methods()))
			.append(", our approach ")
			.append(String.format(Locale.ROOT, pick(RESULTS), 5 + this.random.nextInt(40)))
			.append(". ");
		if (this.random.nextDouble() < 0.35) {
			text.append("We further examine ")
				.append(pick(topic.phrases()))
				.append(' ')
				.append(pick(field.settings()))
				.append(" and find consistent effects across ")
				.append(3 + this.random.nextInt(20))
				.append(" independent settings, with sensitivity analyses confirming that the conclusions hold ")
				.append("when the main modelling assumptions are relaxed. ");
		}
		text.append(pick(IMPLICATIONS));
		return text.toString();
	}

	private String fill(String pattern, Field field, Topic topic) {
		String phrase = pick(topic.phrases());
		String method = pick(field.methods());
		return pattern.replace("%P", capitalise(phrase))
			.replace("%p", phrase)
			.replace("%M", capitalise(method))
			.replace("%m", method)
			.replace("%S", pick(field.settings()));
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
