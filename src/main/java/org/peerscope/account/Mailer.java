package org.peerscope.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail through Spring Mail when an SMTP server is configured
 * ({@code SPRING_MAIL_HOST}); without one, writes each mail to the log and to the
 * {@link DevOutbox}, so a local sign-up can be finished.
 */
@Service
public class Mailer {

	private static final Logger logger = LoggerFactory.getLogger(Mailer.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final DevOutbox outbox;

	private final AccountProperties properties;

	Mailer(ObjectProvider<JavaMailSender> sender, DevOutbox outbox, AccountProperties properties) {
		this.sender = sender;
		this.outbox = outbox;
		this.properties = properties;
	}

	public void send(String to, String subject, String text) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			logger.info("No SMTP server configured (SPRING_MAIL_HOST); mail to {}: {}\n{}", to, subject, text);
			this.outbox.add(to, subject, text);
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.mailFrom());
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		try {
			mailSender.send(message);
		}
		catch (MailException ex) {
			// The action the mail reports has happened; a lost mail can be asked for
			// again.
			logger.error("Could not send mail '{}' to {}", subject, to, ex);
		}
	}

	/** Whether mail goes to the log and the dev outbox rather than to an SMTP server. */
	public boolean toOutbox() {
		return this.sender.getIfAvailable() == null;
	}

}
