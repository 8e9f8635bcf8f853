package org.peerscope.collaboration;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message in a thread: plain text, shown escaped (links made clickable). The token,
 * made when the form is shown, makes sending it twice one message.
 */
record MessageForm(
		@NotBlank @Size(max = 4000) @Pattern(regexp = NO_CONTROL_CHARACTERS,
				message = "{collaboration.validation.control}") String body,
		@NotNull(message = "{collaboration.validation.token}") UUID token) {

	/** Any text but control characters other than line breaks and tabs. */
	static final String NO_CONTROL_CHARACTERS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	static MessageForm empty() {
		return new MessageForm("", UUID.randomUUID());
	}

}
