package org.peerscope.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time link sent by mail; only the SHA-256 of the token is stored. */
@Entity
@Table(name = "account_tokens")
class AccountToken {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD

	}

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Purpose purpose;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(String tokenHash, long accountId, Purpose purpose, Instant createdAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.purpose = purpose;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	long getAccountId() {
		return this.accountId;
	}

	boolean usableFor(Purpose purpose, Instant now) {
		return this.purpose == purpose && this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
