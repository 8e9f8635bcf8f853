package org.peerscope.claim;

public enum ClaimStatus {

	PENDING, APPROVED, REJECTED, UNLINKED

}
