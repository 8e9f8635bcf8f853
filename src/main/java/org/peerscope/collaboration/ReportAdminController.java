package org.peerscope.collaboration;

import org.peerscope.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Spam reports on invitations ({@code /admin/**} is for administrators only). */
@Controller
class ReportAdminController {

	private final CollaborationService collaboration;

	ReportAdminController(CollaborationService collaboration) {
		this.collaboration = collaboration;
	}

	@GetMapping("/admin/reports")
	String reports(Model model) {
		model.addAttribute("reports", this.collaboration.reports());
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

}
