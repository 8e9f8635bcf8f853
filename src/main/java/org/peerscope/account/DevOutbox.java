package org.peerscope.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The last mails that could not be sent because no SMTP server is configured, newest
 * first, kept in memory for the dev outbox page.
 */
@Component
public class DevOutbox {

	static final int CAPACITY = 50;

	private final Deque<OutboxMail> mails = new ArrayDeque<>();

	private final Clock clock;

	DevOutbox(Clock clock) {
		this.clock = clock;
	}

	synchronized void add(String to, String subject, String text) {
		this.mails.addFirst(new OutboxMail(Instant.now(this.clock), to, subject, text));
		while (this.mails.size() > CAPACITY) {
			this.mails.removeLast();
		}
	}

	public synchronized List<OutboxMail> mails() {
		return List.copyOf(this.mails);
	}

	public record OutboxMail(Instant sentAt, String to, String subject, String text) {

	}

}
