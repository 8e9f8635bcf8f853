package org.peerscope.claim;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the claims audit log; never changed or deleted. */
@Entity
@Table(name = "claim_events")
class ClaimEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "claim_id", nullable = false)
	private long claimId;

	@Column(nullable = false)
	private String event;

	@Column(name = "actor_id")
	private Long actorId;

	private String detail;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ClaimEvent() {
	}

	ClaimEvent(long claimId, String event, Long actorId, String detail, Instant createdAt) {
		this.claimId = claimId;
		this.event = event;
		this.actorId = actorId;
		this.detail = detail;
		this.createdAt = createdAt;
	}

}
