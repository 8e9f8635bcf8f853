package org.peerscope.collaboration;

public enum InvitationStatus {

	PENDING, ACCEPTED, DECLINED,
	/** The sender took it back before an answer: no decline, so no cool-down. */
	WITHDRAWN

}
