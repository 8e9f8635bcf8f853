package org.peerscope.collaboration;

/**
 * What became of a send: the invitation (also when the same form came again, then
 * {@code repeated}), or the rule that refused it, or topics or works the form did not
 * offer.
 */
record InviteOutcome(Availability refusal, Long invitationId, boolean repeated, boolean badPointers) {

	static InviteOutcome sent(long invitationId, boolean repeated) {
		return new InviteOutcome(null, invitationId, repeated, false);
	}

	static InviteOutcome refused(Availability availability) {
		return new InviteOutcome(availability, null, false, false);
	}

	static InviteOutcome unknownPointers() {
		return new InviteOutcome(null, null, false, true);
	}

	boolean sent() {
		return this.invitationId != null;
	}

}
