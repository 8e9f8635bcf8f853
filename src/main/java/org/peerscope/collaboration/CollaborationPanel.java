package org.peerscope.collaboration;

import java.time.LocalDate;

/**
 * The direct-collaboration panel of a researcher page, for one viewer.
 *
 * @param pendingInvitationId the pending invitation between viewer and researcher, if any
 * @param cooldownEnds when the viewer may invite again after a decline, if cooling down
 */
public record CollaborationPanel(String researcherKey, String researcherName, Availability availability,
		Long pendingInvitationId, LocalDate cooldownEnds, int invitationsPerDay) {

	public boolean canInvite() {
		return this.availability == Availability.CAN_INVITE;
	}

}
