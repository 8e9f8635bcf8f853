package org.peerscope.collaboration;

import org.peerscope.account.AccountPrincipal;

import org.springframework.stereotype.Component;

/**
 * The unread count in the site header, asked for by the layout
 * ({@code @collaborationBadge.unread(#authentication.principal)}): one statement, and
 * only when a signed-in page is drawn.
 */
@Component("collaborationBadge")
public class CollaborationBadge {

	private final CollaborationService collaboration;

	CollaborationBadge(CollaborationService collaboration) {
		this.collaboration = collaboration;
	}

	public long unread(Object principal) {
		return (principal instanceof AccountPrincipal account) ? this.collaboration.unread(account.id()) : 0;
	}

}
