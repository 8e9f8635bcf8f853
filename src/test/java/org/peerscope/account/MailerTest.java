package org.peerscope.account;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

class MailerTest {

	@Test
	void withoutAnSmtpServerMailsGoToTheOutbox() {
		DevOutbox outbox = new DevOutbox(Clock.systemUTC());
		Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), outbox,
				new AccountProperties("http://localhost:8080", "x@y.org", Duration.ofHours(1), Duration.ofHours(1), 5,
						20, Duration.ofMinutes(15), ""));
		assertThat(mailer.toOutbox()).isTrue();
		mailer.send("ada@example.org", "Hello", "Open http://localhost:8080/verify?token=abc");
		assertThat(outbox.mails()).singleElement().satisfies((mail) -> {
			assertThat(mail.to()).isEqualTo("ada@example.org");
			assertThat(mail.text()).contains("/verify?token=abc");
		});
	}

	@Test
	void theOutboxKeepsTheNewestMails() {
		DevOutbox outbox = new DevOutbox(Clock.systemUTC());
		for (int i = 0; i < DevOutbox.CAPACITY + 5; i++) {
			outbox.add("a@b.org", "mail " + i, "");
		}
		assertThat(outbox.mails()).hasSize(DevOutbox.CAPACITY);
		assertThat(outbox.mails().get(0).subject()).isEqualTo("mail " + (DevOutbox.CAPACITY + 4));
	}

	@Test
	void passwordsNeedLengthAndVariety() {
		assertThat(StrongPassword.Validator.isStrong("message passing 7")).isTrue();
		assertThat(StrongPassword.Validator.isStrong("short 1")).isFalse();
		assertThat(StrongPassword.Validator.isStrong("abcdefghijklmnop")).isFalse();
		assertThat(StrongPassword.Validator.isStrong("12345678901234")).isFalse();
		assertThat(StrongPassword.Validator.isStrong("Password123")).isFalse();
	}

}
