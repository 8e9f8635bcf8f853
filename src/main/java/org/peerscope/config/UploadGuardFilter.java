package org.peerscope.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only an administrator uploads anything: an import file, posted to one address. The
 * servlet container writes a multipart body to disk as soon as anything asks for a
 * request parameter, and the CSRF check does so before authorization is decided: without
 * this guard, anyone could make the server write gigabytes to disk with a POST to any
 * page. A multipart request is refused before its body is read unless it is that upload
 * from a signed-in administrator: elsewhere with 415, by anyone else with the login page
 * or 403, and the connection is closed rather than the rest of the body taken in.
 */
final class UploadGuardFilter extends OncePerRequestFilter {

	private final String uploadPath;

	private final String requiredAuthority;

	private final AuthenticationEntryPoint signIn;

	UploadGuardFilter(String uploadPath, String requiredAuthority, AuthenticationEntryPoint signIn) {
		this.uploadPath = uploadPath;
		this.requiredAuthority = requiredAuthority;
		this.signIn = signIn;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!"POST".equals(request.getMethod()) || !this.uploadPath.equals(path)) {
			refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "This address takes no file uploads.");
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			this.signIn.commence(request, response,
					new InsufficientAuthenticationException("Sign in as an administrator to upload"));
			return;
		}
		if (authentication.getAuthorities()
			.stream()
			.noneMatch((granted) -> this.requiredAuthority.equals(granted.getAuthority()))) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, "Only an administrator uploads files.");
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * A short answer of its own: the error page would read the request's parameters (the
	 * search box shows the query), which is what writes the body to disk.
	 */
	private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setHeader(HttpHeaders.CONNECTION, "close");
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().println(message);
	}

}
