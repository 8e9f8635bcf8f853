package org.peerscope.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code peerscope.orcid.*}: ORCID sign-in (OpenID Connect). Off unless a client id is
 * given ({@code PEERSCOPE_ORCID_CLIENT_ID}, {@code PEERSCOPE_ORCID_CLIENT_SECRET}).
 *
 * @param baseUri https://orcid.org, or https://sandbox.orcid.org for testing
 */
@ConfigurationProperties("peerscope.orcid")
public record OrcidProperties(@DefaultValue("") String clientId, @DefaultValue("") String clientSecret,
		@DefaultValue("https://orcid.org") String baseUri) {

	public boolean enabled() {
		return !this.clientId.isBlank() && !this.clientSecret.isBlank();
	}

}
