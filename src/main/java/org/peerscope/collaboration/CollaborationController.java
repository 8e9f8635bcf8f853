package org.peerscope.collaboration;

import jakarta.validation.Valid;
import org.peerscope.account.AccountPrincipal;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.ratelimit.RateLimited;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The collaboration panel of a researcher page, the invitation form, the inbox, one
 * invitation and its answers, and threads. An id in a URL is no permission: the service
 * answers only for the account's own invitations and threads, anything else is a 404.
 */
@Controller
class CollaborationController {

	private final CollaborationService collaboration;

	CollaborationController(CollaborationService collaboration) {
		this.collaboration = collaboration;
	}

	/** The panel, loaded into the researcher page by htmx. */
	@GetMapping("/researchers/{key}/collaboration")
	String panel(@PathVariable String key, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("collaboration", this.collaboration.panel(key, (viewer != null) ? viewer.id() : null)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key)));
		return "collaboration/panel :: panel";
	}

	@GetMapping("/researchers/{key}/invite")
	String inviteForm(@PathVariable String key, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", InvitationForm.empty());
		}
		return invitePage(key, viewer, model);
	}

	@PostMapping("/researchers/{key}/invite")
	@RateLimited("collaboration-invite")
	String invite(@PathVariable String key, @AuthenticationPrincipal AccountPrincipal viewer,
			@Valid @ModelAttribute("form") InvitationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invitePage(key, viewer, model);
		}
		InviteOutcome outcome = this.collaboration.invite(viewer.id(), key, form)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		if (outcome.sent()) {
			redirect.addFlashAttribute("flash", "collaboration.flash.sent");
			return "redirect:/collaboration/invitations/" + outcome.invitationId();
		}
		if (outcome.badPointers()) {
			model.addAttribute("flashError", "collaboration.flash.badPointers");
		}
		// A refusal: the page's panel, drawn afresh, says which rule and until when.
		return invitePage(key, viewer, model);
	}

	private String invitePage(String key, AccountPrincipal viewer, Model model) {
		CollaborationService.InvitePage page = this.collaboration.invitePage(key, viewer.id())
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		model.addAttribute("collaboration", page.panel());
		model.addAttribute("options", page.options());
		return "collaboration/invite";
	}

	@GetMapping("/collaboration")
	String inbox(@AuthenticationPrincipal AccountPrincipal viewer,
			@RequestParam(defaultValue = "false") boolean archived, Model model) {
		model.addAttribute("inbox", this.collaboration.inbox(viewer.id(), archived));
		return "collaboration/inbox";
	}

	@GetMapping("/collaboration/invitations/{id}")
	String invitation(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("invitation", this.collaboration.invitation(id, viewer.id()).orElseThrow(this::notFound));
		if (!model.containsAttribute("decline")) {
			model.addAttribute("decline", NoteForm.empty());
		}
		if (!model.containsAttribute("report")) {
			model.addAttribute("report", ReportForm.empty());
		}
		return "collaboration/invitation";
	}

	@PostMapping("/collaboration/invitations/{id}/accept")
	String accept(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		CollaborationService.Answer answer = this.collaboration.accept(id, viewer.id());
		if (answer.outcome() == ActionOutcome.DONE) {
			redirect.addFlashAttribute("flash", "collaboration.flash.accepted");
			return "redirect:/collaboration/threads/" + answer.threadId();
		}
		return answered(id, answer.outcome(), "collaboration.flash.accepted", redirect);
	}

	@PostMapping("/collaboration/invitations/{id}/decline")
	String decline(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			@Valid @ModelAttribute("decline") NoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invitation(id, viewer, model);
		}
		return answered(id, this.collaboration.decline(id, viewer.id(), form.noteOrNull()),
				"collaboration.flash.declined", redirect);
	}

	@PostMapping("/collaboration/invitations/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		return answered(id, this.collaboration.withdraw(id, viewer.id()), "collaboration.flash.withdrawn", redirect);
	}

	@PostMapping("/collaboration/invitations/{id}/block")
	String block(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer, RedirectAttributes redirect) {
		return answered(id, this.collaboration.block(id, viewer.id()), "collaboration.flash.blocked", redirect);
	}

	@PostMapping("/collaboration/invitations/{id}/unblock")
	String unblock(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		return answered(id, this.collaboration.unblock(id, viewer.id()), "collaboration.flash.unblocked", redirect);
	}

	@PostMapping("/collaboration/invitations/{id}/report")
	String report(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			@Valid @ModelAttribute("report") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invitation(id, viewer, model);
		}
		return answered(id, this.collaboration.report(id, viewer.id(), form.reasonOrNull()),
				"collaboration.flash.reported", redirect);
	}

	private String answered(long id, ActionOutcome outcome, String doneMessage, RedirectAttributes redirect) {
		switch (outcome) {
			case NOT_FOUND -> throw notFound();
			case DONE -> redirect.addFlashAttribute("flash", doneMessage);
			default -> redirect.addFlashAttribute("flashError", "collaboration.outcome." + outcome.name());
		}
		return "redirect:/collaboration/invitations/" + id;
	}

	/**
	 * The latest page of a thread, or with {@code before} an older one: for htmx only its
	 * messages, which replace the "older messages" button they were asked for by.
	 */
	@GetMapping("/collaboration/threads/{id}")
	String thread(@PathVariable long id, @RequestParam(required = false) Long before,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal AccountPrincipal viewer, Model model) {
		model.addAttribute("thread", this.collaboration.thread(id, viewer.id(), before).orElseThrow(this::notFound));
		if (before != null && "true".equals(htmx)) {
			return "collaboration/thread :: older";
		}
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", MessageForm.empty());
		}
		return "collaboration/thread";
	}

	@PostMapping("/collaboration/threads/{id}/messages")
	@RateLimited("collaboration-message")
	String send(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal viewer,
			@Valid @ModelAttribute("form") MessageForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return thread(id, null, null, viewer, model);
		}
		ActionOutcome outcome = this.collaboration.send(id, viewer.id(), form);
		if (outcome == ActionOutcome.NOT_FOUND) {
			throw notFound();
		}
		if (outcome == ActionOutcome.CLOSED) {
			redirect.addFlashAttribute("flashError", "collaboration.outcome.CLOSED");
		}
		return "redirect:/collaboration/threads/" + id + "#latest";
	}

	@PostMapping("/collaboration/threads/{id}/{action:archive|unarchive}")
	String archive(@PathVariable long id, @PathVariable String action, @AuthenticationPrincipal AccountPrincipal viewer,
			RedirectAttributes redirect) {
		boolean archive = "archive".equals(action);
		if (this.collaboration.archive(id, viewer.id(), archive) == ActionOutcome.NOT_FOUND) {
			throw notFound();
		}
		redirect.addFlashAttribute("flash", "collaboration.flash." + action + "d");
		return archive ? "redirect:/collaboration" : "redirect:/collaboration/threads/" + id;
	}

	private ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
