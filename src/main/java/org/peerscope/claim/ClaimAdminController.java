package org.peerscope.claim;

import jakarta.validation.Valid;
import org.peerscope.account.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The claims review queue ({@code /admin/**} is for administrators only). */
@Controller
class ClaimAdminController {

	private final ClaimService claims;

	private final OwnerService owners;

	ClaimAdminController(ClaimService claims, OwnerService owners) {
		this.claims = claims;
		this.owners = owners;
	}

	@PostMapping("/admin/disputes/{researcherId}/{workId}/{decision:accept|dismiss}")
	String resolveDispute(@PathVariable long researcherId, @PathVariable long workId, @PathVariable String decision,
			RedirectAttributes redirect) {
		boolean accept = "accept".equals(decision);
		boolean done = this.owners.resolveDispute(researcherId, workId, accept);
		redirect.addFlashAttribute(done ? "flash" : "flashError",
				done ? "claim.dispute." + decision : "claim.outcome.NOT_PENDING");
		return "redirect:/admin/claims";
	}

	@GetMapping("/admin/claims")
	String queue(Model model) {
		model.addAttribute("pending", this.claims.pending());
		model.addAttribute("approved", this.claims.approved());
		model.addAttribute("disputes", this.owners.openDisputes());
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", DecisionForm.empty());
		}
		if (!model.containsAttribute("transfer")) {
			model.addAttribute("transfer", new TransferForm("", ""));
		}
		// Rows other than the one whose form failed get blank forms without errors.
		model.addAttribute("blankDecision", DecisionForm.empty());
		model.addAttribute("blankTransfer", new TransferForm("", ""));
		return "claim/admin";
	}

	@PostMapping("/admin/claims/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, model);
		}
		return done(this.claims.approve(id, admin.id(), form.identityConfirmed(), form.reason()), redirect);
	}

	@PostMapping("/admin/claims/{id}/reject")
	String reject(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// Only on a form that bound: after a conversion error there is no form to reject
		// a
		// field of.
		if (!result.hasErrors() && (form.reason() == null || form.reason().isBlank())) {
			result.rejectValue("reason", "claim.admin.reason.required");
		}
		if (result.hasErrors()) {
			return invalid(id, model);
		}
		return done(this.claims.reject(id, admin.id(), form.reason()), redirect);
	}

	@PostMapping("/admin/claims/{id}/unlink")
	String unlink(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin,
			@Valid @ModelAttribute("decision") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, model);
		}
		return done(this.claims.unlink(id, admin.id(), form.reason()), redirect);
	}

	@PostMapping("/admin/claims/{id}/transfer")
	String transfer(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin,
			@Valid @ModelAttribute("transfer") TransferForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return invalid(id, model);
		}
		ClaimOutcome outcome = this.claims.transfer(id, admin.id(), form.email(), form.reason());
		if (outcome == ClaimOutcome.UNKNOWN_ACCOUNT) {
			result.rejectValue("email", "claim.admin.transfer.unknown");
			return invalid(id, model);
		}
		return done(outcome, redirect);
	}

	private String invalid(long id, Model model) {
		model.addAttribute("failedClaimId", id);
		return queue(model);
	}

	private String done(ClaimOutcome outcome, RedirectAttributes redirect) {
		boolean ok = switch (outcome) {
			case APPROVED, REJECTED, UNLINKED, TRANSFERRED -> true;
			default -> false;
		};
		redirect.addFlashAttribute(ok ? "flash" : "flashError", "claim.outcome." + outcome.name());
		return "redirect:/admin/claims";
	}

}
