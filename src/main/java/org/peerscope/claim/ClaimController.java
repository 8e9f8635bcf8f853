package org.peerscope.claim;

import jakarta.validation.Valid;
import org.peerscope.account.AccountPrincipal;
import org.peerscope.account.AccountService;
import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.ratelimit.RateLimited;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ClaimController {

	private final ClaimService claims;

	private final CatalogLookup catalog;

	private final AccountService accounts;

	ClaimController(ClaimService claims, CatalogLookup catalog, AccountService accounts) {
		this.claims = claims;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	@GetMapping("/researchers/{key}/claim")
	String form(@PathVariable String key, @AuthenticationPrincipal AccountPrincipal principal, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ClaimForm.empty());
		}
		return page(key, principal, model);
	}

	@PostMapping("/researchers/{key}/claim")
	@RateLimited("claim")
	String submit(@PathVariable String key, @AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("form") ClaimForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(key, principal, model);
		}
		ClaimOutcome outcome = this.claims.submit(principal.id(), key, form);
		if (outcome == ClaimOutcome.NOT_FOUND) {
			throw new NotFoundException(CatalogKind.RESEARCHER, key);
		}
		String message = "claim.outcome." + outcome.name();
		if (outcome == ClaimOutcome.AUTO_APPROVED || outcome == ClaimOutcome.PENDING) {
			redirect.addFlashAttribute("flash", message);
			return "redirect:/account";
		}
		model.addAttribute("flashError", message);
		return page(key, principal, model);
	}

	private String page(String key, AccountPrincipal principal, Model model) {
		CatalogRef researcher = this.catalog.researcher(key)
			.orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		model.addAttribute("researcher", researcher);
		model.addAttribute("claimPanel", this.claims.panel(researcher.id(), researcher.key(), principal.id()));
		model.addAttribute("emailVerified",
				this.accounts.find(principal.id()).map((a) -> a.emailVerified()).orElse(false));
		return "claim/form";
	}

}
