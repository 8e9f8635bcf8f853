package org.peerscope.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/** The ORCID client registration, when {@code peerscope.orcid.client-id} is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${peerscope.orcid.client-id:}'.isBlank() and !'${peerscope.orcid.client-secret:}'.isBlank()")
class OrcidConfig {

	static final String REGISTRATION_ID = "orcid";

	@Bean
	ClientRegistrationRepository orcidClientRegistrations(OrcidProperties orcid) {
		String base = orcid.baseUri().replaceAll("/+$", "");
		return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("ORCID")
			.clientId(orcid.clientId())
			.clientSecret(orcid.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid")
			.authorizationUri(base + "/oauth/authorize")
			.tokenUri(base + "/oauth/token")
			.jwkSetUri(base + "/oauth/jwks")
			.userInfoUri(base + "/oauth/userinfo")
			.userNameAttributeName("sub")
			.issuerUri(base)
			.build());
	}

}
