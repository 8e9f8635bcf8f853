package org.peerscope.test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server in the test JVM (GreenMail, on a free port) that receives every mail
 * the application sends in tests.
 */
public class TestMail {

	private final GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	TestMail() {
		this.server.start();
	}

	public int port() {
		return this.server.getSmtp().getPort();
	}

	void stop() {
		this.server.stop();
	}

	public void clear() {
		try {
			this.server.purgeEmailFromAllMailboxes();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The mails received for an address, oldest first. */
	public List<Mail> to(String address) {
		return Arrays.stream(this.server.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch((r) -> r.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).map(Mail::of).toList();
	}

	public List<Mail> all() {
		return Arrays.stream(this.server.getReceivedMessages()).map(Mail::of).toList();
	}

	public record Mail(String to, String subject, String body) {

		static Mail of(MimeMessage message) {
			try {
				return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(), message.getSubject(),
						GreenMailUtil.getBody(message).replace("\r\n", "\n"));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The path and query of the first link in the body to this path on our site. */
		public String link(String path) {
			Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[^\\s]*)")
				.matcher(this.body);
			if (!matcher.find()) {
				throw new AssertionError("No link to " + path + " in:\n" + this.body);
			}
			return matcher.group(1);
		}

	}

}
