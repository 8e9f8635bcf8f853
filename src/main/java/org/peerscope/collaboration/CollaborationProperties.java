package org.peerscope.collaboration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code peerscope.collaboration.*}: the anti-spam limits of direct collaboration.
 *
 * @param invitationsPerDay new invitations one account may send in any 24 hours
 * @param declineCooldown how long after a declined invitation its sender may not invite
 * the same person again
 * @param mailsPerDay collaboration mails (invitations, new messages) one account receives
 * per day (UTC) at most; the rest are only in the inbox
 */
@ConfigurationProperties("peerscope.collaboration")
public record CollaborationProperties(@DefaultValue("10") int invitationsPerDay,
		@DefaultValue("30d") Duration declineCooldown, @DefaultValue("20") int mailsPerDay) {

}
