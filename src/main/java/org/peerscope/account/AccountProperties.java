package org.peerscope.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code peerscope.accounts.*}: links in mails, token lifetimes, login throttling.
 *
 * @param baseUrl the public address of the site, for links in mails (never taken from the
 * request's Host header)
 * @param mailFrom the sender of every mail
 * @param maxFailuresPerAccount failed logins for one email address before it is locked
 * for {@code lockout}
 * @param maxFailuresPerAddress failed logins from one IP address before it is locked
 */
@ConfigurationProperties("peerscope.accounts")
public record AccountProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("Peerscope <no-reply@peerscope.local>") String mailFrom,
		@DefaultValue("24h") Duration verificationLinkLifetime, @DefaultValue("1h") Duration resetLinkLifetime,
		@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration lockout, @DefaultValue("") String rememberMeKey) {

}
