package org.peerscope.collaboration;

public enum InvitationStatus {

	PENDING, ACCEPTED, DECLINED

}
