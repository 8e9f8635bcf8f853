package org.peerscope.config;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.peerscope.account.AccountProperties;
import org.peerscope.account.LoginFailureHandler;
import org.peerscope.account.LoginThrottle;
import org.peerscope.account.LoginThrottleFilter;
import org.peerscope.account.OrcidSignIn;
import org.peerscope.ratelimit.RateLimitFilter;
import org.peerscope.ratelimit.RateLimiter;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Reading the catalogue (every GET page, {@code GET /api/**}) is open to
 * everyone; anything that changes data needs a signed-in account; {@code /admin/**} and
 * the operational endpoints (metrics) need an administrator, health probes are open. CSRF
 * protection is on for every form, logins are throttled, the session id changes at login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

	/** No inline scripts or styles anywhere: every script and style is a file of ours. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Signed-in pages reached by GET (they show personal data or lead to a form). */
	static final String[] SIGNED_IN_PAGES = { "/account", "/account/**", "/following", "/following/**",
			"/researchers/*/follow", "/researchers/*/claim",
			// Collaboration: the inbox, invitations, threads and the invitation form.
			"/collaboration", "/collaboration/**", "/researchers/*/invite" };

	/** Forms an anonymous visitor must be able to send. */
	static final String[] ANONYMOUS_FORMS = { "/login", "/signup", "/password/forgot", "/password/reset" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, LoginThrottle throttle,
			AccountProperties properties, ObjectProvider<ClientRegistrationRepository> orcid, OrcidSignIn orcidSignIn,
			RateLimiter rateLimiter) throws Exception {
		SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
		String rememberMeKey = properties.rememberMeKey().isBlank() ? UUID.randomUUID().toString()
				: properties.rememberMeKey();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers(SIGNED_IN_PAGES)
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.POST, ANONYMOUS_FORMS)
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler((request, response, authentication) -> {
					throttle.recordSuccess(authentication.getName());
					success.onAuthenticationSuccess(request, response, authentication);
				})
				.failureHandler(new LoginFailureHandler(throttle)))
			.logout((logout) -> logout.logoutSuccessUrl("/?signedOut"))
			.rememberMe((remember) -> remember.key(rememberMeKey).userDetailsService(users))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint()))
			// Rate limit: every login attempt counts, not only the failed ones the
			// throttle
			// counts.
			.addFilterBefore(new RateLimitFilter(rateLimiter, "login", HttpMethod.POST, "/login"),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new UploadGuardFilter("/admin/import", "ROLE_ADMIN", entryPoint()), CsrfFilter.class)
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		if (orcid.getIfAvailable() != null) {
			// ORCID sign-in: confirms an account's ORCID iD, or signs in the account that
			// did.
			http.oauth2Login((oauth) -> oauth.loginPage("/login")
				.successHandler(orcidSignIn)
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + "/login?orcidFailed")));
		}
		return http.build();
	}

	/**
	 * Anonymous page requests go to the login page (and come back after it); an htmx
	 * request gets 401 with {@code HX-Redirect}, so the whole page goes to the login page
	 * instead of a login form being swapped into a fragment.
	 */
	private static AuthenticationEntryPoint entryPoint() {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, exception) -> {
			if ("true".equals(request.getHeader("HX-Request"))) {
				response.setHeader("HX-Redirect", request.getContextPath() + "/login");
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
				return;
			}
			login.commence(request, response, exception);
		};
	}

}
