package org.peerscope.collaboration;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "collaboration_messages")
class Message {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "thread_id", nullable = false)
	private long threadId;

	@Column(name = "author_id")
	private Long authorId;

	@Column(nullable = false)
	private String body;

	@Column(name = "client_token", nullable = false)
	private UUID clientToken;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Message() {
	}

	Message(long threadId, long authorId, String body, UUID clientToken, Instant createdAt) {
		this.threadId = threadId;
		this.authorId = authorId;
		this.body = body;
		this.clientToken = clientToken;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

}
