package org.peerscope.sitemap;

import java.util.Optional;

/**
 * The kinds of public page a sitemap lists; the table name is fixed here, never taken
 * from a URL.
 */
enum SitemapSection {

	RESEARCHERS("researchers"), WORKS("works"), TOPICS("topics"), INSTITUTIONS("institutions");

	private final String name;

	SitemapSection(String name) {
		this.name = name;
	}

	String table() {
		return this.name;
	}

	/**
	 * The path segment of the pages ({@code /researchers/A1}) and of the sitemap part.
	 */
	String path() {
		return this.name;
	}

	static Optional<SitemapSection> fromPath(String path) {
		for (SitemapSection section : values()) {
			if (section.name.equals(path)) {
				return Optional.of(section);
			}
		}
		return Optional.empty();
	}

}
