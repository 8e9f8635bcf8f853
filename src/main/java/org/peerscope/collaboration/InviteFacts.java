package org.peerscope.collaboration;

import java.time.Instant;

/**
 * Everything the invitation rules look at for one viewer and one researcher, read in one
 * statement.
 *
 * @param ownerId the account owning the researcher's profile, or null
 * @param viewerResearcherId the profile the viewer owns, or null
 * @param pendingId a pending invitation between viewer and owner, either way, or null
 * @param lastDeclinedAt when the owner last declined one of the viewer's invitations
 * @param sentLastDay invitations the viewer sent in the last 24 hours
 */
record InviteFacts(long researcherId, String researcherKey, String researcherName, boolean openToCollaborate,
		Long ownerId, Long viewerResearcherId, boolean suspended, boolean blocked, Long pendingId,
		boolean pendingSentByViewer, Instant lastDeclinedAt, int sentLastDay) {

	Availability availability(Long viewerId, Instant now, CollaborationProperties limits) {
		if (viewerId == null) {
			return Availability.ANONYMOUS;
		}
		if (viewerId.equals(this.ownerId)) {
			return Availability.OWN_PROFILE;
		}
		if (this.viewerResearcherId == null) {
			return Availability.VIEWER_UNCLAIMED;
		}
		if (this.ownerId == null) {
			return Availability.TARGET_UNCLAIMED;
		}
		if (!this.openToCollaborate) {
			return Availability.NOT_OPEN;
		}
		if (this.suspended) {
			return Availability.SUSPENDED;
		}
		if (this.blocked) {
			return Availability.BLOCKED;
		}
		if (this.pendingId != null) {
			return this.pendingSentByViewer ? Availability.PENDING_SENT : Availability.PENDING_RECEIVED;
		}
		if (cooldownEnds(limits) != null && now.isBefore(cooldownEnds(limits))) {
			return Availability.COOLING_DOWN;
		}
		if (this.sentLastDay >= limits.invitationsPerDay()) {
			return Availability.DAILY_LIMIT;
		}
		return Availability.CAN_INVITE;
	}

	Instant cooldownEnds(CollaborationProperties limits) {
		return (this.lastDeclinedAt != null) ? this.lastDeclinedAt.plus(limits.declineCooldown()) : null;
	}

}
