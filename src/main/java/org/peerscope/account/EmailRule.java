package org.peerscope.account;

/** What Peerscope accepts as an email address (the database checks the same shape). */
public final class EmailRule {

	/** Something@domain.tld, no spaces, no markup. */
	public static final String PATTERN = "^\\s*[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+\\s*$";

	private EmailRule() {
	}

}
