package org.peerscope.collaboration;

import java.time.Instant;
import java.util.UUID;

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
@Table(name = "collaboration_invitations")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "sender_id")
	private Long senderId;

	@Column(name = "recipient_id")
	private Long recipientId;

	@Column(name = "recipient_researcher_id", nullable = false)
	private long recipientResearcherId;

	@Column(name = "sender_researcher_id")
	private Long senderResearcherId;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String message;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InvitationStatus status = InvitationStatus.PENDING;

	@Column(name = "decline_note")
	private String declineNote;

	@Column(name = "client_token", nullable = false)
	private UUID clientToken;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected Invitation() {
	}

	Invitation(long senderId, long senderResearcherId, long recipientId, long recipientResearcherId, String subject,
			String message, UUID clientToken, Instant createdAt) {
		this.senderId = senderId;
		this.senderResearcherId = senderResearcherId;
		this.recipientId = recipientId;
		this.recipientResearcherId = recipientResearcherId;
		this.subject = subject;
		this.message = message;
		this.clientToken = clientToken;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	Long getSenderId() {
		return this.senderId;
	}

	Long getRecipientId() {
		return this.recipientId;
	}

	String getSubject() {
		return this.subject;
	}

	String getMessage() {
		return this.message;
	}

	InvitationStatus getStatus() {
		return this.status;
	}

	boolean isPending() {
		return this.status == InvitationStatus.PENDING;
	}

	void accept(Instant now) {
		this.status = InvitationStatus.ACCEPTED;
		this.decidedAt = now;
	}

	void decline(String note, Instant now) {
		this.status = InvitationStatus.DECLINED;
		this.declineNote = note;
		this.decidedAt = now;
	}

	void withdraw(Instant now) {
		this.status = InvitationStatus.WITHDRAWN;
		this.decidedAt = now;
	}

}
