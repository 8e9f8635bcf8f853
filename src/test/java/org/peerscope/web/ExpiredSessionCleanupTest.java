package org.peerscope.web;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ExpiredSessionCleanupTest {

	static final LockProvider FREE = (config) -> Optional.of(() -> {
	});

	@Test
	void runsTheCleanupUnderTheLockAndNotWhenAnotherNodeHoldsIt() {
		AtomicInteger runs = new AtomicInteger();
		cleanup(FREE).removeExpired(runs::incrementAndGet);
		assertThat(runs).hasValue(1);
		cleanup((config) -> Optional.empty()).removeExpired(runs::incrementAndGet);
		assertThat(runs).hasValue(1);
	}

	@Test
	void anUnreachableDatabaseIsAWarningForALaterRunNotAnError() {
		assertThatNoException().isThrownBy(() -> cleanup(FREE).removeExpired(() -> {
			throw new CannotGetJdbcConnectionException("Connection refused");
		}));
		assertThatNoException().isThrownBy(() -> cleanup((config) -> {
			throw new CannotGetJdbcConnectionException("Connection refused");
		}).removeExpired(() -> {
		}));
	}

	@Test
	void otherFailuresAreNotHidden() {
		assertThatIllegalStateException().isThrownBy(() -> cleanup(FREE).removeExpired(() -> {
			throw new IllegalStateException("a bug");
		}));
	}

	@SuppressWarnings("unchecked")
	private static ExpiredSessionCleanup cleanup(LockProvider locks) {
		return new ExpiredSessionCleanup(org.mockito.Mockito.mock(ObjectProvider.class),
				new DefaultLockingTaskExecutor(locks), Clock.systemUTC());
	}

}
