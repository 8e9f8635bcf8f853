package org.peerscope.account;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Counts failed logins per email address and per client address; once either runs out,
 * further attempts are refused without checking the password until the window refills.
 * Unknown addresses are counted like known ones, so the lock says nothing about whether
 * an account exists.
 */
@Component
public class LoginThrottle {

	private final Cache<String, Bucket> byAccount;

	private final Cache<String, Bucket> byAddress;

	private final int maxPerAccount;

	private final int maxPerAddress;

	private final Duration window;

	LoginThrottle(AccountProperties properties) {
		this.maxPerAccount = properties.maxFailuresPerAccount();
		this.maxPerAddress = properties.maxFailuresPerAddress();
		this.window = properties.lockout();
		this.byAccount = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(this.window).build();
		this.byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(this.window).build();
	}

	public boolean isLocked(String email, String address) {
		Bucket account = this.byAccount.getIfPresent(Emails.normalize(email));
		Bucket client = this.byAddress.getIfPresent(address);
		return (account != null && account.getAvailableTokens() <= 0)
				|| (client != null && client.getAvailableTokens() <= 0);
	}

	public void recordFailure(String email, String address) {
		this.byAccount.get(Emails.normalize(email), (k) -> bucket(this.maxPerAccount)).tryConsume(1);
		this.byAddress.get(address, (k) -> bucket(this.maxPerAddress)).tryConsume(1);
	}

	public void recordSuccess(String email) {
		this.byAccount.invalidate(Emails.normalize(email));
	}

	void clear() {
		this.byAccount.invalidateAll();
		this.byAddress.invalidateAll();
	}

	private Bucket bucket(int capacity) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, this.window).build())
			.build();
	}

}
