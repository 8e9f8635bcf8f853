package org.peerscope.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** Null-tolerant reading of JSON fields. */
final class Json {

	private Json() {
	}

	/** The text of a string or number field; null when absent, null or blank. */
	static String text(JsonNode node, String field) {
		if (node == null) {
			return null;
		}
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		String text = (value.isString()) ? value.stringValue() : (value.isValueNode() ? value.asString() : null);
		return (text == null || text.isBlank()) ? null : text;
	}

	static Long number(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !value.isNumber()) {
			return null;
		}
		return value.asLong();
	}

	static Integer integer(JsonNode node, String field) {
		Long value = number(node, field);
		return (value == null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) ? null : value.intValue();
	}

	static Double decimal(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value == null || !value.isNumber()) ? null : value.asDouble();
	}

	static boolean flag(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return value != null && value.isBoolean() && value.asBoolean();
	}

	static JsonNode object(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		return (value != null && value.isObject()) ? value : null;
	}

	static List<JsonNode> array(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || !value.isArray()) {
			return List.of();
		}
		return new ArrayList<>(value.values());
	}

	static List<String> texts(JsonNode node, String field) {
		List<String> texts = new ArrayList<>();
		for (JsonNode element : array(node, field)) {
			if (element.isString() && !element.stringValue().isBlank()) {
				texts.add(element.stringValue());
			}
		}
		return texts;
	}

	/**
	 * A date from {@code 2023-04-21} or {@code 2023-04-21T10:00:00.123}; null if none.
	 */
	static LocalDate date(String text) {
		if (text == null || text.length() < 10) {
			return null;
		}
		try {
			return LocalDate.parse(text.substring(0, 10));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** At most {@code max} characters, whitespace trimmed; null when nothing is left. */
	static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return null;
		}
		return (trimmed.length() <= max) ? trimmed : trimmed.substring(0, max);
	}

}
