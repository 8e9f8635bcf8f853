package org.peerscope.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record DeleteAccountForm(@NotBlank @Size(max = 128) String currentPassword) {

	static DeleteAccountForm empty() {
		return new DeleteAccountForm("");
	}

}
