package org.peerscope.collaboration;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peerscope.account.PlainText;

/**
 * An invitation to collaborate. The token, made when the form is shown, makes sending the
 * same form twice one invitation.
 */
record InvitationForm(
		@NotBlank @Size(max = 150) @PlainText @Pattern(regexp = "[^\\r\\n]*",
				message = "{collaboration.validation.oneLine}") String subject,
		@NotBlank @Size(max = 4000) @Pattern(regexp = MessageForm.NO_CONTROL_CHARACTERS,
				message = "{collaboration.validation.control}") String message,
		@Size(max = 5) List<String> topics, @Size(max = 5) List<String> works,
		@NotNull(message = "{collaboration.validation.token}") UUID token) {

	static InvitationForm empty() {
		return new InvitationForm("", "", List.of(), List.of(), UUID.randomUUID());
	}

	public List<String> topicKeys() {
		return (this.topics != null) ? this.topics : List.of();
	}

	public List<String> workKeys() {
		return (this.works != null) ? this.works : List.of();
	}

}
