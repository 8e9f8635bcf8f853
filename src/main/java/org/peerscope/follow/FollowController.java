package org.peerscope.follow;

import org.peerscope.account.AccountPrincipal;
import org.peerscope.catalog.CatalogLookup;
import org.peerscope.catalog.CatalogRef;
import org.peerscope.common.CatalogKind;
import org.peerscope.common.NotFoundException;
import org.peerscope.common.PageRequestParams;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Follow and unfollow (htmx swaps the button in place; without JavaScript the form posts
 * and the page reloads), the Following page, the feed, and a researcher's Atom feed.
 */
@Controller
class FollowController {

	static final int PAGE_SIZE = 20;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final FollowService follows;

	private final CatalogLookup catalog;

	private final AtomFeed atom;

	FollowController(FollowService follows, CatalogLookup catalog, AtomFeed atom) {
		this.follows = follows;
		this.catalog = catalog;
		this.atom = atom;
	}

	/**
	 * Where "Log in to follow" leads: sign-in is required, so an anonymous visitor logs
	 * in first and comes back here, and from here to the researcher page.
	 */
	@GetMapping("/researchers/{key}/follow")
	String afterLogin(@PathVariable String key) {
		CatalogRef researcher = researcher(key);
		return "redirect:/researchers/" + researcher.key();
	}

	@PostMapping("/researchers/{key}/follow")
	String follow(@PathVariable String key, @AuthenticationPrincipal AccountPrincipal principal,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		FollowOutcome outcome = this.follows.follow(principal.id(), key);
		return answer(key, principal, outcome, htmx, model, redirect);
	}

	@PostMapping("/researchers/{key}/unfollow")
	String unfollow(@PathVariable String key, @AuthenticationPrincipal AccountPrincipal principal,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		FollowOutcome outcome = this.follows.unfollow(principal.id(), key);
		return answer(key, principal, outcome, htmx, model, redirect);
	}

	private String answer(String key, AccountPrincipal principal, FollowOutcome outcome, String htmx, Model model,
			RedirectAttributes redirect) {
		if (outcome == FollowOutcome.NOT_FOUND) {
			throw new NotFoundException(CatalogKind.RESEARCHER, key);
		}
		CatalogRef researcher = researcher(key);
		if ("true".equals(htmx)) {
			model.addAttribute("follow", this.follows.status(researcher.id(), researcher.key(), principal.id()));
			model.addAttribute("followMessage", "follow.outcome." + outcome.name());
			return "follow/button :: button";
		}
		redirect.addFlashAttribute("followMessage", "follow.outcome." + outcome.name());
		return "redirect:/researchers/" + researcher.key();
	}

	@GetMapping("/following")
	String following(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("following",
				this.follows.following(principal.id(), PageRequestParams.page(page), PAGE_SIZE));
		return "follow/following";
	}

	@GetMapping("/following/feed")
	String feed(@AuthenticationPrincipal AccountPrincipal principal, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("feed", this.follows.feed(principal.id(), PageRequestParams.page(page), PAGE_SIZE));
		return "follow/feed";
	}

	@GetMapping(path = "/researchers/{key}/feed.atom")
	ResponseEntity<String> atom(@PathVariable String key) {
		String feed = this.atom.of(key).orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
		return ResponseEntity.ok().contentType(ATOM).body(feed);
	}

	private CatalogRef researcher(String key) {
		return this.catalog.researcher(key).orElseThrow(() -> new NotFoundException(CatalogKind.RESEARCHER, key));
	}

}
