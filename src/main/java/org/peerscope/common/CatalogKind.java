package org.peerscope.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of catalogue record that have public pages. A public key is the record's
 * OpenAlex id when it has one ({@code A5023888391}), otherwise a key Peerscope assigned
 * ({@code PA17}); keys are case-insensitive and stored upper-case.
 */
public enum CatalogKind {

	RESEARCHER("A"), WORK("W"), INSTITUTION("I"), TOPIC("T"), SOURCE("S");

	private final Pattern keyPattern;

	CatalogKind(String openAlexPrefix) {
		this.keyPattern = Pattern.compile("^P?" + openAlexPrefix + "[0-9]{1,15}$");
	}

	/**
	 * The canonical form of a key typed or linked by a user, or empty when it cannot be
	 * one.
	 */
	public Optional<String> normalizeKey(String raw) {
		if (raw == null || raw.length() > 20) {
			return Optional.empty();
		}
		String key = raw.strip().toUpperCase(Locale.ROOT);
		return this.keyPattern.matcher(key).matches() ? Optional.of(key) : Optional.empty();
	}

}
