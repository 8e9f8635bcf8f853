package org.peerscope.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.peerscope.ratelimit.RateLimited;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

	private final AccountService accounts;

	private final List<AccountPageSection> sections;

	private final OrcidProperties orcid;

	AccountController(AccountService accounts, List<AccountPageSection> sections, OrcidProperties orcid) {
		this.accounts = accounts;
		this.sections = sections;
		this.orcid = orcid;
	}

	@ModelAttribute("orcidEnabled")
	boolean orcidEnabled() {
		return this.orcid.enabled();
	}

	/**
	 * Off to ORCID to prove the account's ORCID iD; {@link OrcidSignIn} takes it from
	 * there.
	 */
	@GetMapping("/account/orcid")
	String confirmOrcid(HttpServletRequest request, Authentication authentication, RedirectAttributes redirect) {
		if (!this.orcid.enabled()) {
			redirect.addFlashAttribute("flashError", "account.orcid.off");
			return "redirect:/account";
		}
		OrcidSignIn.startLinking(request, authentication);
		return "redirect:/oauth2/authorization/" + OrcidConfig.REGISTRATION_ID;
	}

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof AccountPrincipal) {
			return "redirect:/account";
		}
		return "account/login";
	}

	@GetMapping("/signup")
	String signUpForm(Model model) {
		model.addAttribute("form", SignUpForm.empty());
		return "account/signup";
	}

	@PostMapping("/signup")
	@RateLimited("signup")
	String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("password") && form.email() != null && form.password() != null
				&& form.password().toLowerCase().contains(Emails.normalize(form.email()))) {
			result.rejectValue("password", "validation.password.email");
		}
		if (result.hasErrors()) {
			return "account/signup";
		}
		this.accounts.signUp(form);
		redirect.addFlashAttribute("flash", "account.signup.done");
		return "redirect:/login";
	}

	@GetMapping("/verify")
	String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
		boolean verified = this.accounts.verifyEmail(token);
		redirect.addFlashAttribute(verified ? "flash" : "flashError",
				verified ? "account.verify.done" : "account.verify.failed");
		return "redirect:/login";
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("form", new EmailForm(""));
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	@RateLimited("password-reset")
	String forgot(@Valid @ModelAttribute("form") EmailForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/forgot";
		}
		this.accounts.requestPasswordReset(form.email());
		redirect.addFlashAttribute("flash", "account.forgot.done");
		return "redirect:/login";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model, RedirectAttributes redirect) {
		if (token.length() > 200 || !this.accounts.resetTokenUsable(token)) {
			redirect.addFlashAttribute("flashError", "account.reset.failed");
			return "redirect:/password/forgot";
		}
		model.addAttribute("form", new ResetPasswordForm(token, ""));
		return "account/reset";
	}

	@PostMapping("/password/reset")
	@RateLimited("password-reset")
	String reset(@Valid @ModelAttribute("form") ResetPasswordForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/reset";
		}
		boolean done = this.accounts.resetPassword(form.token(), form.password());
		if (!done) {
			redirect.addFlashAttribute("flashError", "account.reset.failed");
			return "redirect:/password/forgot";
		}
		redirect.addFlashAttribute("flash", "account.reset.done");
		return "redirect:/login";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		AccountView account = this.accounts.find(principal.id()).orElseThrow();
		model.addAttribute("account", account);
		this.sections.forEach((section) -> model.addAllAttributes(section.attributes(account)));
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", ChangePasswordForm.empty());
		}
		if (!model.containsAttribute("deleteForm")) {
			model.addAttribute("deleteForm", DeleteAccountForm.empty());
		}
		return "account/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("passwordForm") ChangePasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()
				&& !this.accounts.changePassword(principal.id(), form.currentPassword(), form.newPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		if (result.hasErrors()) {
			return account(principal, model);
		}
		redirect.addFlashAttribute("flash", "account.password.changed");
		return "redirect:/account";
	}

	@PostMapping("/account/verification")
	String resendVerification(@AuthenticationPrincipal AccountPrincipal principal, RedirectAttributes redirect) {
		this.accounts.resendVerification(principal.id());
		redirect.addFlashAttribute("flash", "account.verify.sent");
		return "redirect:/account";
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal principal,
			@Valid @ModelAttribute("deleteForm") DeleteAccountForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !this.accounts.delete(principal.id(), form.currentPassword())) {
			result.rejectValue("currentPassword", "account.password.wrong");
		}
		if (result.hasErrors()) {
			return account(principal, model);
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		redirect.addFlashAttribute("flash", "account.deleted");
		return "redirect:/";
	}

}
