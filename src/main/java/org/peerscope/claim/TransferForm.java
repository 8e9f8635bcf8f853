package org.peerscope.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerscope.account.EmailRule;
import org.peerscope.account.PlainText;

record TransferForm(
		@NotBlank @Size(max = 254) @Pattern(regexp = EmailRule.PATTERN, message = "{validation.email}") String email,
		@Size(max = 1000) @PlainText String reason) {

}
