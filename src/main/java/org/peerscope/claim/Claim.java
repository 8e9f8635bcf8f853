package org.peerscope.claim;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "claims")
class Claim {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "researcher_id", nullable = false)
	private long researcherId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClaimStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClaimRoute route;

	@Column(name = "level")
	private Short level;

	@Column(name = "evidence_orcid")
	private String evidenceOrcid;

	@Column(name = "evidence_email")
	private String evidenceEmail;

	private String statement;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Claim() {
	}

	Claim(long accountId, long researcherId, ClaimRoute route, String evidenceOrcid, String evidenceEmail,
			String statement, Instant createdAt) {
		this.accountId = accountId;
		this.researcherId = researcherId;
		this.route = route;
		this.status = ClaimStatus.PENDING;
		this.evidenceOrcid = evidenceOrcid;
		this.evidenceEmail = evidenceEmail;
		this.statement = statement;
		this.createdAt = createdAt;
	}

	void approve(int level, Long decidedBy, String reason, Instant now) {
		this.status = ClaimStatus.APPROVED;
		this.level = (short) level;
		this.decidedBy = decidedBy;
		this.decisionReason = reason;
		this.decidedAt = now;
	}

	void reject(long decidedBy, String reason, Instant now) {
		this.status = ClaimStatus.REJECTED;
		this.level = null;
		this.decidedBy = decidedBy;
		this.decisionReason = reason;
		this.decidedAt = now;
	}

	void unlink(Long decidedBy, String reason, Instant now) {
		this.status = ClaimStatus.UNLINKED;
		this.level = null;
		this.decidedBy = decidedBy;
		this.decisionReason = reason;
		this.decidedAt = now;
	}

	Long getId() {
		return this.id;
	}

	Long getAccountId() {
		return this.accountId;
	}

	long getResearcherId() {
		return this.researcherId;
	}

	ClaimStatus getStatus() {
		return this.status;
	}

	ClaimRoute getRoute() {
		return this.route;
	}

}
