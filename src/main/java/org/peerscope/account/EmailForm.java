package org.peerscope.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Asks for a password-reset link. */
record EmailForm(
		@NotBlank @Size(max = 254) @Pattern(regexp = EmailRule.PATTERN, message = "{validation.email}") String email) {

}
