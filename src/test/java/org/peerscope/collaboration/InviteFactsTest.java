package org.peerscope.collaboration;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The order the invitation rules are checked in: the first that applies is shown. */
class InviteFactsTest {

	static final CollaborationProperties LIMITS = new CollaborationProperties(3, Duration.ofDays(30), 20);

	static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	static final long VIEWER = 1;

	@Test
	void eachRuleInTurn() {
		InviteFacts open = new InviteFacts(10, "PA10", "Grace", true, 2L, 11L, false, false, null, false, null, 0);
		assertThat(open.availability(null, NOW, LIMITS)).isEqualTo(Availability.ANONYMOUS);
		assertThat(open.availability(2L, NOW, LIMITS)).isEqualTo(Availability.OWN_PROFILE);
		assertThat(open.availability(VIEWER, NOW, LIMITS)).isEqualTo(Availability.CAN_INVITE);
		assertThat(with(open, "viewerResearcherId", null)).isEqualTo(Availability.VIEWER_UNCLAIMED);
		assertThat(with(open, "ownerId", null)).isEqualTo(Availability.TARGET_UNCLAIMED);
		assertThat(with(open, "open", false)).isEqualTo(Availability.NOT_OPEN);
		assertThat(with(open, "suspended", true)).isEqualTo(Availability.SUSPENDED);
		assertThat(with(open, "blocked", true)).isEqualTo(Availability.BLOCKED);
		assertThat(with(open, "sentLastDay", 3)).isEqualTo(Availability.DAILY_LIMIT);
		assertThat(with(open, "sentLastDay", 2)).isEqualTo(Availability.CAN_INVITE);
		assertThat(with(open, "lastDeclinedAt", NOW.minus(Duration.ofDays(29)))).isEqualTo(Availability.COOLING_DOWN);
		assertThat(with(open, "lastDeclinedAt", NOW.minus(Duration.ofDays(31)))).isEqualTo(Availability.CAN_INVITE);
	}

	@Test
	void anUnclaimedViewerHearsThatFirstEvenWhenTheTargetIsUnclaimedToo() {
		InviteFacts both = new InviteFacts(10, "PA10", "Grace", false, null, null, false, false, null, false, null, 0);
		assertThat(both.availability(VIEWER, NOW, LIMITS)).isEqualTo(Availability.VIEWER_UNCLAIMED);
	}

	@Test
	void aBlockWeighsMoreThanAPendingInvitationAndAPendingOneMoreThanLimits() {
		InviteFacts facts = new InviteFacts(10, "PA10", "Grace", true, 2L, 11L, false, true, 5L, true,
				NOW.minusSeconds(60), 3);
		assertThat(facts.availability(VIEWER, NOW, LIMITS)).isEqualTo(Availability.BLOCKED);
		InviteFacts pending = new InviteFacts(10, "PA10", "Grace", true, 2L, 11L, false, false, 5L, false,
				NOW.minusSeconds(60), 3);
		assertThat(pending.availability(VIEWER, NOW, LIMITS)).isEqualTo(Availability.PENDING_RECEIVED);
	}

	private static Availability with(InviteFacts f, String field, Object value) {
		InviteFacts changed = new InviteFacts(f.researcherId(), f.researcherKey(), f.researcherName(),
				field.equals("open") ? (Boolean) value : f.openToCollaborate(),
				field.equals("ownerId") ? (Long) value : f.ownerId(),
				field.equals("viewerResearcherId") ? (Long) value : f.viewerResearcherId(),
				field.equals("suspended") ? (Boolean) value : f.suspended(),
				field.equals("blocked") ? (Boolean) value : f.blocked(), f.pendingId(), f.pendingSentByViewer(),
				field.equals("lastDeclinedAt") ? (Instant) value : f.lastDeclinedAt(),
				field.equals("sentLastDay") ? (Integer) value : f.sentLastDay());
		return changed.availability(VIEWER, NOW, LIMITS);
	}

}
