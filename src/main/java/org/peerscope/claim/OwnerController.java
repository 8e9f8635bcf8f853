package org.peerscope.claim;

import java.util.Optional;

import jakarta.validation.Valid;
import org.peerscope.account.AccountPrincipal;
import org.peerscope.common.PageRequestParams;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's page for a claimed profile ({@code /account/profile}). */
@Controller
class OwnerController {

	static final int WORKS_PAGE_SIZE = 50;

	private final OwnerService owners;

	OwnerController(OwnerService owners) {
		this.owners = owners;
	}

	@GetMapping("/account/profile")
	String edit(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) Integer page,
			Model model, RedirectAttributes redirect) {
		Optional<OwnerProfile> profile = this.owners.profileOf(principal.id());
		if (profile.isEmpty()) {
			redirect.addFlashAttribute("flashError", "claim.owner.NOT_OWNER");
			return "redirect:/account";
		}
		model.addAttribute("owner", profile.get());
		model.addAttribute("works", this.owners.worksOf(profile.get(), PageRequestParams.page(page), WORKS_PAGE_SIZE));
		model.addAttribute("maxPinned", OwnerService.MAX_PINNED);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", OwnerProfileForm.of(profile.get()));
		}
		return "claim/owner";
	}

	@PostMapping("/account/profile")
	String save(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("form") OwnerProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return edit(principal, null, model, redirect);
		}
		boolean saved = this.owners.save(principal.id(), form);
		redirect.addFlashAttribute(saved ? "flash" : "flashError",
				saved ? "claim.owner.saved" : "claim.owner.NOT_OWNER");
		return saved ? "redirect:/account/profile" : "redirect:/account";
	}

	@PostMapping("/account/profile/works/{workKey}/pin")
	String pin(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String workKey,
			@RequestParam(defaultValue = "true") boolean pin, RedirectAttributes redirect) {
		return done(this.owners.pin(principal.id(), workKey, pin), redirect);
	}

	@PostMapping("/account/profile/works/{workKey}/not-me")
	String notMe(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String workKey,
			RedirectAttributes redirect) {
		return done(this.owners.notMe(principal.id(), workKey), redirect);
	}

	private String done(OwnerService.OwnerOutcome outcome, RedirectAttributes redirect) {
		boolean ok = switch (outcome) {
			case PINNED, UNPINNED, DISPUTED -> true;
			default -> false;
		};
		redirect.addFlashAttribute(ok ? "flash" : "flashError", "claim.owner." + outcome.name());
		return (outcome == OwnerService.OwnerOutcome.NOT_OWNER) ? "redirect:/account" : "redirect:/account/profile";
	}

}
