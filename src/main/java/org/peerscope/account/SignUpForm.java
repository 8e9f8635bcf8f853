package org.peerscope.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SignUpForm(
		@NotBlank @Size(max = 254) @Pattern(regexp = EmailRule.PATTERN, message = "{validation.email}") String email,
		@NotBlank @Size(max = 100) @PlainText String displayName, @StrongPassword String password) {

	static SignUpForm empty() {
		return new SignUpForm("", "", "");
	}

}
