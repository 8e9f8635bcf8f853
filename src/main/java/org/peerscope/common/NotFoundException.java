package org.peerscope.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No catalogue record answers to the key in the URL (or the key cannot be one).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(CatalogKind kind, String key) {
		super("No " + kind.name().toLowerCase() + " with key " + abbreviate(key));
	}

	private static String abbreviate(String key) {
		return (key.length() <= 40) ? key : key.substring(0, 40) + "…";
	}

}
