package org.peerscope.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ChangePasswordForm(@NotBlank @Size(max = 128) String currentPassword, @StrongPassword String newPassword) {

	static ChangePasswordForm empty() {
		return new ChangePasswordForm("", "");
	}

}
