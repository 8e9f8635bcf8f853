package org.peerscope.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator named by {@code peerscope.admin.email} with the password from
 * {@code PEERSCOPE_ADMIN_PASSWORD}. No password, no admin: there is no default.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AdminProperties properties;

	private final AccountService accounts;

	AdminBootstrap(AdminProperties properties, AccountService accounts) {
		this.properties = properties;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.email().isBlank()) {
			return;
		}
		if (this.properties.password().isBlank()) {
			logger.warn("peerscope.admin.email is set but PEERSCOPE_ADMIN_PASSWORD is not: no admin account created");
			return;
		}
		if (!StrongPassword.Validator.isStrong(this.properties.password())) {
			logger.warn("PEERSCOPE_ADMIN_PASSWORD is too weak (10+ characters, letters and others): no admin account");
			return;
		}
		this.accounts.ensureAdmin(this.properties.email(), this.properties.displayName(), this.properties.password());
		logger.info("Administrator account {} is ready", this.properties.email());
	}

}
