package org.peerscope.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.peerscope.common.DatabaseFailures;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * What a failed login answers. A wrong email or password goes back to the form and counts
 * against the {@link LoginThrottle}. A database outage is no wrong password: the failure
 * is passed on, to be answered with the 503 page like every other page during the outage,
 * and counts against nobody. Any other failure inside the application is logged here
 * (Spring Security's own ERROR line for it is off, as it came for every outage too) and
 * goes back to the form saying so: it counts against nobody either, or a fault in sign-in
 * would lock out whoever tried a few times.
 */
public class LoginFailureHandler implements AuthenticationFailureHandler {

	private static final Log logger = LogFactory.getLog(LoginFailureHandler.class);

	private final LoginThrottle throttle;

	public LoginFailureHandler(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (DatabaseFailures.isUnreachable(exception)) {
			throw exception;
		}
		if (exception instanceof InternalAuthenticationServiceException) {
			logger.error("Sign-in failed inside the application", exception);
			response.sendRedirect(request.getContextPath() + "/login?fault");
			return;
		}
		this.throttle.recordFailure(request.getParameter("email"), request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
