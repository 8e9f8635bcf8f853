package org.peerscope.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ResetPasswordForm(@NotBlank @Size(max = 200) String token, @StrongPassword String password) {

}
