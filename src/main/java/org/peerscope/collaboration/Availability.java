package org.peerscope.collaboration;

/**
 * What the viewer of a researcher page may do about direct collaboration with that
 * researcher, in the order the rules are checked.
 */
public enum Availability {

	/** Not signed in: log in first. */
	ANONYMOUS,
	/** The viewer's own profile. */
	OWN_PROFILE,
	/** The viewer owns no claimed profile. */
	VIEWER_UNCLAIMED,
	/** Nobody owns this profile: follow instead. */
	TARGET_UNCLAIMED,
	/** The owner is not open to collaborate. */
	NOT_OPEN,
	/** An administrator stopped the viewer's invitations after a spam report. */
	SUSPENDED,
	/** The owner blocked the viewer. */
	BLOCKED,
	/** The viewer's invitation to this owner waits for an answer. */
	PENDING_SENT,
	/** This owner's invitation to the viewer waits for the viewer's answer. */
	PENDING_RECEIVED,
	/** The owner declined the viewer's last invitation recently. */
	COOLING_DOWN,
	/** The viewer sent the most invitations allowed in 24 hours. */
	DAILY_LIMIT,
	/** Invite to collaborate. */
	CAN_INVITE

}
