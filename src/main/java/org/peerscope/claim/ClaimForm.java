package org.peerscope.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerscope.account.EmailRule;
import org.peerscope.account.PlainText;

/**
 * Evidence for a claim: all optional but the statement.
 */
record ClaimForm(
		@Size(max = 19) @Pattern(regexp = "^$|^\\s*[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9Xx]\\s*$",
				message = "{validation.orcid}") String orcid,
		@Size(max = 254) @Pattern(regexp = "^$|" + EmailRule.PATTERN,
				message = "{validation.email}") String institutionalEmail,
		@NotBlank @Size(max = 1000) @PlainText String statement) {

	static ClaimForm empty() {
		return new ClaimForm("", "", "");
	}

	String orcidOrNull() {
		return (this.orcid == null || this.orcid.isBlank()) ? null : this.orcid.strip().toUpperCase();
	}

	String emailOrNull() {
		return (this.institutionalEmail == null || this.institutionalEmail.isBlank()) ? null
				: this.institutionalEmail.strip().toLowerCase();
	}

}
