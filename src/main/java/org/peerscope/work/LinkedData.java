package org.peerscope.work;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD for public pages, written so it can sit inside a
 * {@code <script type="application/ld+json">} element: a {@code <} never appears
 * unescaped, so imported text cannot close the element.
 */
public final class LinkedData {

	private LinkedData() {
	}

	public static String write(JsonMapper json, Map<String, Object> document) {
		return json.writeValueAsString(document).replace("<", "\\u003c");
	}

	/**
	 * A node of the given {@code @type} with these properties, as name, value, name,
	 * value…, written in that order: a page's bytes, and so its {@code ETag}, must not
	 * change from one start of the application to the next ({@code Map.of} orders its
	 * keys differently in each JVM).
	 */
	public static Map<String, Object> node(String type, String... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("properties come in name, value pairs");
		}
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			node.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return node;
	}

	/** A {@code ScholarlyArticle} for a work page. */
	static Map<String, Object> article(WorkPage work, String pageUrl) {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("@context", "https://schema.org");
		doc.put("@type", "ScholarlyArticle");
		doc.put("@id", pageUrl);
		doc.put("url", pageUrl);
		doc.put("headline", abbreviate(work.title(), 110));
		doc.put("name", work.title());
		if (work.publicationDate() != null) {
			doc.put("datePublished", work.publicationDate().toString());
		}
		else if (work.publicationYear() != null) {
			doc.put("datePublished", String.valueOf(work.publicationYear()));
		}
		if (work.abstractText() != null) {
			doc.put("abstract", work.abstractText());
		}
		if (work.language() != null) {
			doc.put("inLanguage", work.language());
		}
		doc.put("author", work.authors().stream().map((author) -> {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("@type", "Person");
			person.put("name", author.name());
			if (author.researcherKey() != null) {
				person.put("url", siteOf(pageUrl) + "/researchers/" + author.researcherKey());
			}
			return person;
		}).toList());
		if (work.venue() != null) {
			doc.put("isPartOf", node("Periodical", "name", work.venue().name()));
		}
		if (!work.topics().isEmpty()) {
			doc.put("about", work.topics().stream().map(WorkPage.Topic::name).toList());
		}
		List<String> sameAs = new java.util.ArrayList<>();
		if (work.doi() != null) {
			sameAs.add("https://doi.org/" + work.doi());
			doc.put("identifier", node("PropertyValue", "propertyID", "DOI", "value", work.doi()));
		}
		if (work.arxivId() != null) {
			sameAs.add("https://arxiv.org/abs/" + work.arxivId());
		}
		if (work.openalexId() != null) {
			sameAs.add("https://openalex.org/" + work.openalexId());
		}
		if (!sameAs.isEmpty()) {
			doc.put("sameAs", sameAs);
		}
		return doc;
	}

	private static String siteOf(String pageUrl) {
		int path = pageUrl.indexOf("/works/");
		return (path >= 0) ? pageUrl.substring(0, path) : "";
	}

	private static String abbreviate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
