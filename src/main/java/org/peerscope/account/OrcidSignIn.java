package org.peerscope.account;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * What happens after ORCID sign-in. A signed-in account that asked to confirm its ORCID
 * iD ({@code /account/orcid}) gets it recorded and stays signed in as itself; otherwise
 * the ORCID iD signs in the account that confirmed it before, if any. The OAuth identity
 * never becomes the session's principal: the session always holds an
 * {@link AccountPrincipal}.
 */
@Component
public class OrcidSignIn implements AuthenticationSuccessHandler {

	/** Session attribute: the authentication of the account confirming its ORCID iD. */
	static final String LINKING = OrcidSignIn.class.getName() + ".LINKING";

	private static final Pattern ORCID = Pattern.compile("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$");

	private final AccountService accounts;

	private final UserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	OrcidSignIn(AccountService accounts, UserDetailsService users) {
		this.accounts = accounts;
		this.users = users;
	}

	/** Remembers who is confirming their ORCID iD, before the trip to ORCID. */
	static void startLinking(HttpServletRequest request, Authentication current) {
		request.getSession().setAttribute(LINKING, current);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication orcidAuthentication) throws IOException {
		String orcid = orcidAuthentication.getName();
		HttpSession session = request.getSession();
		Object linking = session.getAttribute(LINKING);
		session.removeAttribute(LINKING);
		if (!ORCID.matcher(orcid).matches()) {
			signOut(request, response);
			response.sendRedirect(request.getContextPath() + "/login?orcidFailed");
			return;
		}
		if (linking instanceof Authentication previous && previous.getPrincipal() instanceof AccountPrincipal account) {
			boolean confirmed = this.accounts.confirmOrcid(account.id(), orcid);
			signIn(previous, request, response);
			response.sendRedirect(
					request.getContextPath() + (confirmed ? "/account?orcidConfirmed" : "/account?orcidTaken"));
			return;
		}
		Optional<AccountView> owner = this.accounts.findByConfirmedOrcid(orcid);
		if (owner.isEmpty()) {
			signOut(request, response);
			response.sendRedirect(request.getContextPath() + "/login?orcidUnknown");
			return;
		}
		UserDetails principal = this.users.loadUserByUsername(owner.get().email());
		signIn(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()), request,
				response);
		response.sendRedirect(request.getContextPath() + "/");
	}

	private void signIn(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

	private void signOut(HttpServletRequest request, HttpServletResponse response) {
		SecurityContext empty = SecurityContextHolder.createEmptyContext();
		SecurityContextHolder.setContext(empty);
		this.contexts.saveContext(empty, request, response);
	}

}
