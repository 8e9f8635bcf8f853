package org.peerscope.account;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /dev/outbox}: the mails Peerscope would have sent, for finishing a sign-up on a
 * developer's machine. Exists only in the {@code dev} profile, only while no SMTP server
 * is configured, and only for requests from the machine itself.
 */
@Controller
@Profile("dev")
class DevOutboxController {

	private final DevOutbox outbox;

	private final Mailer mailer;

	DevOutboxController(DevOutbox outbox, Mailer mailer) {
		this.outbox = outbox;
		this.mailer = mailer;
	}

	@GetMapping("/dev/outbox")
	String outbox(HttpServletRequest request, Model model) throws UnknownHostException {
		if (!this.mailer.toOutbox() || !InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("mails", this.outbox.mails());
		return "account/outbox";
	}

}
