package org.peerscope.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "accounts")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String email;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private String role = "USER";

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	@Column(name = "confirmed_orcid")
	private String confirmedOrcid;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Instant createdAt) {
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	String getRole() {
		return this.role;
	}

	void setRole(String role) {
		this.role = role;
	}

	Instant getEmailVerifiedAt() {
		return this.emailVerifiedAt;
	}

	void setEmailVerifiedAt(Instant emailVerifiedAt) {
		this.emailVerifiedAt = emailVerifiedAt;
	}

	String getConfirmedOrcid() {
		return this.confirmedOrcid;
	}

	void setConfirmedOrcid(String confirmedOrcid) {
		this.confirmedOrcid = confirmedOrcid;
	}

	boolean isAdmin() {
		return "ADMIN".equals(this.role);
	}

	AccountView view() {
		return new AccountView(this.id, this.email, this.displayName, this.emailVerifiedAt != null, isAdmin(),
				this.confirmedOrcid);
	}

}
