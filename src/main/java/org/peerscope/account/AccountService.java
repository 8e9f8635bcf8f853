package org.peerscope.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up, email verification, password reset and change, account deletion. Answers never
 * reveal whether an email address has an account.
 */
@Service
@Transactional
public class AccountService {

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final AccountTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final Mailer mailer;

	private final MessageSource messages;

	private final AccountProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
			Mailer mailer, MessageSource messages, AccountProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> find(long accountId) {
		return this.accounts.findById(accountId).map(Account::view);
	}

	@Transactional(readOnly = true)
	public Optional<AccountView> findByEmail(String email) {
		return this.accounts.findByEmail(Emails.normalize(email)).map(Account::view);
	}

	/**
	 * Creates an unverified account and mails a verification link. When the address
	 * already has an account, its owner gets a mail saying so and the caller learns
	 * nothing.
	 */
	void signUp(SignUpForm form) {
		String email = Emails.normalize(form.email());
		Optional<Account> existing = this.accounts.findByEmail(email);
		if (existing.isPresent()) {
			this.mailer.send(email, text("account.mail.exists.subject"),
					text("account.mail.exists.body", this.properties.baseUrl() + "/password/forgot"));
			return;
		}
		Account account = new Account(email, form.displayName().strip(), this.passwordEncoder.encode(form.password()),
				now());
		try {
			this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Signed up twice at the same moment: the first one won; same answer.
			return;
		}
		sendVerification(account);
	}

	/**
	 * Mails a fresh verification link, when the account exists and is not verified yet.
	 */
	void resendVerification(long accountId) {
		this.accounts.findById(accountId)
			.filter((a) -> a.getEmailVerifiedAt() == null)
			.ifPresent(this::sendVerification);
	}

	private void sendVerification(Account account) {
		String token = newToken(account, AccountToken.Purpose.VERIFY_EMAIL, this.properties.verificationLinkLifetime());
		this.mailer.send(account.getEmail(), text("account.mail.verify.subject"), text("account.mail.verify.body",
				account.getDisplayName(), this.properties.baseUrl() + "/verify?token=" + token));
	}

	/** Marks the email verified; false when the link is unknown, used or expired. */
	boolean verifyEmail(String token) {
		return useToken(token, AccountToken.Purpose.VERIFY_EMAIL).map((account) -> {
			if (account.getEmailVerifiedAt() == null) {
				account.setEmailVerifiedAt(now());
			}
			return true;
		}).orElse(false);
	}

	/** Mails a reset link when the address has an account; otherwise does nothing. */
	void requestPasswordReset(String rawEmail) {
		this.accounts.findByEmail(Emails.normalize(rawEmail)).ifPresent((account) -> {
			String token = newToken(account, AccountToken.Purpose.RESET_PASSWORD, this.properties.resetLinkLifetime());
			this.mailer.send(account.getEmail(), text("account.mail.reset.subject"), text("account.mail.reset.body",
					account.getDisplayName(), this.properties.baseUrl() + "/password/reset?token=" + token));
		});
	}

	@Transactional(readOnly = true)
	boolean resetTokenUsable(String token) {
		return this.tokens.findById(hash(token))
			.filter((t) -> t.usableFor(AccountToken.Purpose.RESET_PASSWORD, now()))
			.isPresent();
	}

	/** Sets a new password from a reset link; false when the link is not usable. */
	boolean resetPassword(String token, String newPassword) {
		return useToken(token, AccountToken.Purpose.RESET_PASSWORD).map((account) -> {
			account.setPasswordHash(this.passwordEncoder.encode(newPassword));
			// Following the link proves the mailbox as well.
			if (account.getEmailVerifiedAt() == null) {
				account.setEmailVerifiedAt(now());
			}
			return true;
		}).orElse(false);
	}

	/** False when the current password is wrong. */
	boolean changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		return true;
	}

	/**
	 * Deletes the account and its personal data (follows, tokens; a claimed profile is
	 * unlinked by the claim feature). False when the password is wrong.
	 */
	boolean delete(long accountId, String currentPassword) {
		Account account = this.accounts.findById(accountId).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			return false;
		}
		this.events.publishEvent(new AccountDeleted(accountId));
		this.tokens.deleteByAccountId(accountId);
		this.accounts.delete(account);
		this.accounts.flush();
		return true;
	}

	/** Records an ORCID iD proven by ORCID sign-in for this account. */
	public void confirmOrcid(long accountId, String orcid) {
		this.accounts.findById(accountId).ifPresent((account) -> account.setConfirmedOrcid(orcid));
	}

	/**
	 * Creates or updates the configured administrator (verified, with the given
	 * password).
	 */
	void ensureAdmin(String rawEmail, String displayName, String password) {
		String email = Emails.normalize(rawEmail);
		Account admin = this.accounts.findByEmail(email).orElseGet(() -> new Account(email, displayName, "", now()));
		admin.setRole("ADMIN");
		if (admin.getPasswordHash().isEmpty() || !this.passwordEncoder.matches(password, admin.getPasswordHash())) {
			admin.setPasswordHash(this.passwordEncoder.encode(password));
		}
		if (admin.getEmailVerifiedAt() == null) {
			admin.setEmailVerifiedAt(now());
		}
		this.accounts.save(admin);
	}

	private Optional<Account> useToken(String token, AccountToken.Purpose purpose) {
		if (token == null || token.isBlank() || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = now();
		return this.tokens.findById(hash(token)).filter((t) -> t.usableFor(purpose, now)).flatMap((t) -> {
			t.use(now);
			return this.accounts.findById(t.getAccountId());
		});
	}

	private String newToken(Account account, AccountToken.Purpose purpose, java.time.Duration lifetime) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = now();
		this.tokens.save(new AccountToken(hash(token), account.getId(), purpose, now, now.plus(lifetime)));
		return token;
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, Locale.ENGLISH);
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
