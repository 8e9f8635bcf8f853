package org.peerscope.config;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A static file asked for by its plain name ({@code /css/peerscope.css}, as a bookmark or
 * another site may link it) changes content under the same URL with every release, so it
 * must not be kept for a year like its content-hashed URL: the browser keeps it but asks
 * again each time, and the handler's Last-Modified answers 304 while it is unchanged.
 */
@Component
class UnversionedAssetCacheFilter extends OncePerRequestFilter {

	private static final String REVALIDATE = "no-cache";

	private static final List<String> ASSET_FOLDERS = List.of("/css/", "/js/", "/img/", "/webjars/");

	/** The file name the content version strategy writes: {@code name-<md5 hex>.ext}. */
	private static final Pattern CONTENT_HASHED = Pattern.compile("-[0-9a-f]{32}\\.[^/]*$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ASSET_FOLDERS.stream().noneMatch(path::startsWith) || CONTENT_HASHED.matcher(path).find();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new RevalidatingResponse(response));
	}

	private static final class RevalidatingResponse extends HttpServletResponseWrapper {

		RevalidatingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? REVALIDATE : value);
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? REVALIDATE : value);
		}

	}

}
