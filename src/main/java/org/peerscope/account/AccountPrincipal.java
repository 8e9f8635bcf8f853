package org.peerscope.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account, as Spring Security holds it. Controllers take it with
 * {@code @AuthenticationPrincipal AccountPrincipal}.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final boolean admin;

	private String passwordHash;

	AccountPrincipal(long id, String email, String displayName, boolean admin, String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.admin = admin;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public boolean isAdmin() {
		return this.admin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + this.id + "]";
	}

}
