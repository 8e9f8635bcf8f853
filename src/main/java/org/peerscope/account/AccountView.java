package org.peerscope.account;

/**
 * What other features may know about an account.
 *
 * @param confirmedOrcid an ORCID iD proven by ORCID sign-in, or null
 */
public record AccountView(long id, String email, String displayName, boolean emailVerified, boolean admin,
		String confirmedOrcid) {

	/** The part after the @, lower-case. */
	public String emailDomain() {
		return this.email.substring(this.email.indexOf('@') + 1);
	}

}
