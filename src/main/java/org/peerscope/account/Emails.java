package org.peerscope.account;

import java.util.Locale;

final class Emails {

	private Emails() {
	}

	static String normalize(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
