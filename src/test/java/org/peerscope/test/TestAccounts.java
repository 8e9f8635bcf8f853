package org.peerscope.test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Accounts for tests, straight in SQL (every one with {@link #PASSWORD}).
 */
public class TestAccounts {

	public static final String PASSWORD = "correct horse 42";

	private final JdbcClient jdbc;

	private final UserDetailsService users;

	private final String hash;

	TestAccounts(JdbcClient jdbc, PasswordEncoder encoder, UserDetailsService users) {
		this.jdbc = jdbc;
		this.users = users;
		this.hash = encoder.encode(PASSWORD);
	}

	public long verified(String email, String name) {
		return insert(email, name, "USER", true);
	}

	public long unverified(String email, String name) {
		return insert(email, name, "USER", false);
	}

	public long admin(String email, String name) {
		return insert(email, name, "ADMIN", true);
	}

	/** An approved claim of the researcher by the account (an owner); returns its id. */
	public long approvedClaim(long accountId, long researcherId) {
		return this.jdbc
			.sql("insert into claims (account_id, researcher_id, status, route, level) "
					+ "values (?, ?, 'APPROVED', 'REVIEW', 3) returning id")
			.params(accountId, researcherId)
			.query(Long.class)
			.single();
	}

	/** Signs MockMvc requests in as this account. */
	public RequestPostProcessor as(String email) {
		return user(this.users.loadUserByUsername(email));
	}

	private long insert(String email, String name, String role, boolean verified) {
		return this.jdbc.sql("""
				insert into accounts (email, display_name, password_hash, role, email_verified_at)
				values (?, ?, ?, ?, case when ? then now() end) returning id""")
			.params(email, name, this.hash, role, verified)
			.query(Long.class)
			.single();
	}

}
