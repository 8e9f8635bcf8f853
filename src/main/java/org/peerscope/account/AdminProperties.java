package org.peerscope.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code peerscope.admin.*}: the administrator account created at start-up. There is no
 * default password: without {@code PEERSCOPE_ADMIN_PASSWORD} no admin is created.
 */
@ConfigurationProperties("peerscope.admin")
public record AdminProperties(@DefaultValue("") String email, @DefaultValue("") String password,
		@DefaultValue("Administrator") String displayName) {

}
