package org.peerscope.graph;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A slice was asked for with a depth or a limit out of range.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class InvalidGraphRequestException extends IllegalArgumentException {

	InvalidGraphRequestException(String message) {
		super(message);
	}

}
