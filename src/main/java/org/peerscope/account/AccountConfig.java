package org.peerscope.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Account settings and the password encoder, in every kind of process (the web
 * application and commands alike).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ AccountProperties.class, AdminProperties.class, OrcidProperties.class })
class AccountConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		// BCrypt for new hashes; the {id} prefix lets the algorithm change later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
