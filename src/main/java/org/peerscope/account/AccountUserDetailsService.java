package org.peerscope.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for form login and remember-me. */
@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	AccountUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findByEmail(Emails.normalize(username))
			.map((a) -> new AccountPrincipal(a.getId(), a.getEmail(), a.getDisplayName(), a.isAdmin(),
					a.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
