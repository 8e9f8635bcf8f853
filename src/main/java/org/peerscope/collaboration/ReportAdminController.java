package org.peerscope.collaboration;

import org.peerscope.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Spam reports on invitations, and the accounts suspended after one ({@code /admin/**} is
 * for administrators only).
 */
@Controller
class ReportAdminController {

	private final CollaborationService collaboration;

	ReportAdminController(CollaborationService collaboration) {
		this.collaboration = collaboration;
	}

	@GetMapping("/admin/reports")
	String reports(Model model) {
		model.addAttribute("reports", this.collaboration.reports());
		model.addAttribute("suspensions", this.collaboration.suspensions());
		return "collaboration/reports";
	}

	@PostMapping("/admin/reports/{id}/{decision:dismiss|act}")
	String resolve(@PathVariable long id, @PathVariable String decision,
			@AuthenticationPrincipal AccountPrincipal admin, RedirectAttributes redirect) {
		ActionOutcome outcome = this.collaboration.resolveReport(id, admin.id(), "act".equals(decision));
		if (outcome == ActionOutcome.DONE) {
			redirect.addFlashAttribute("flash", "collaboration.reports." + decision + "ed");
		}
		else {
			redirect.addFlashAttribute("flashError", "collaboration.reports.notOpen");
		}
		return "redirect:/admin/reports";
	}

	@PostMapping("/admin/suspensions/{id}/lift")
	String lift(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, RedirectAttributes redirect) {
		if (this.collaboration.liftSuspension(id, admin.id()) == ActionOutcome.DONE) {
			redirect.addFlashAttribute("flash", "collaboration.suspensions.lifted");
		}
		else {
			redirect.addFlashAttribute("flashError", "collaboration.suspensions.notSuspended");
		}
		return "redirect:/admin/reports#suspensions";
	}

}
