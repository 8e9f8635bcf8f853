package org.peerscope.web;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves anonymous visitors' catalogue pages from {@link AnonymousPageCache}, and answers
 * {@code 304 Not Modified} to a visitor whose copy is current ({@code ETag},
 * {@code Last-Modified}). Keeps nothing that belongs to one visitor: a request with any
 * cookie (a session, remember-me) or with credentials bypasses the cache, and a response
 * is kept only when the security filters found no signed-in user
 * ({@link #ANONYMOUS_ATTRIBUTE}, set inside them) and it is a 200 that starts no session
 * (a CSRF token, a flash message) and sets no cookie; anything else is sent but not kept.
 *
 * <p>
 * Runs before the security filters: a request without cookies or credentials is an
 * anonymous visitor's whatever they find, so a kept page is sent without them, with the
 * headers they set when it was rendered (the Content-Security-Policy and the rest), which
 * it records. Their cache headers are held back until the response is known not to be
 * kept: a kept page goes out with its own.
 */
class AnonymousPageCacheFilter extends OncePerRequestFilter {

	/**
	 * Catalogue pages, their fragments and searches: the same for every anonymous
	 * visitor. Nothing rate-limited ({@code @RateLimited}, such as {@code /api/search}):
	 * a kept answer would skip the limit and replay another client's remaining quota.
	 */
	static final List<String> CACHED_PATHS = List.of("/researchers/{key}", "/researchers/{key}/teaser",
			"/researchers/{key}/graph", "/works/{key}", "/works/{key}/authors", "/topics/{key}", "/institutions/{key}",
			"/api/graph/{kind}/{key}", "/search", "/search/researchers", "/search/works");

	/**
	 * Request headers that choose between variants of one URL (htmx asks for fragments).
	 */
	private static final List<String> VARYING_REQUEST_HEADERS = List.of("HX-Request", "HX-Target", "HX-Trigger",
			"HX-Boosted");

	/**
	 * Set to true inside the security filters when they found an anonymous visitor: only
	 * then is the response kept.
	 */
	static final String ANONYMOUS_ATTRIBUTE = AnonymousPageCacheFilter.class.getName() + ".anonymous";

	/**
	 * What the security filters write for a response that sets none (no-store): a kept
	 * page sets its own instead.
	 */
	private static final Set<String> CACHE_HEADERS = Set.of(HttpHeaders.CACHE_CONTROL.toLowerCase(),
			HttpHeaders.PRAGMA.toLowerCase(), HttpHeaders.EXPIRES.toLowerCase());

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
		.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
		.withZone(ZoneOffset.UTC);

	private static final Set<String> HEADERS_NOT_KEPT = Set.of(HttpHeaders.SET_COOKIE.toLowerCase(),
			HttpHeaders.CONTENT_LENGTH.toLowerCase(), HttpHeaders.CONTENT_TYPE.toLowerCase(),
			HttpHeaders.DATE.toLowerCase(), HttpHeaders.TRANSFER_ENCODING.toLowerCase(), HttpHeaders.ETAG.toLowerCase(),
			HttpHeaders.LAST_MODIFIED.toLowerCase(), HttpHeaders.CACHE_CONTROL.toLowerCase());

	/** A coding's parameters that give it a quality of zero: not acceptable. */
	private static final Pattern REFUSED = Pattern.compile("(?:^|;)\\s*q\\s*=\\s*0(?:\\.0{0,3})?\\s*(?:;|$)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Browsers and proxies may keep an anonymous page but must ask whether it changed
	 * before showing it again; a different visitor (a cookie) gets a fresh answer.
	 */
	private static final String CACHE_CONTROL = "no-cache";

	private final List<PathPattern> cachedPaths;

	private final AnonymousPageCache cache;

	AnonymousPageCacheFilter(AnonymousPageCache cache) {
		this.cache = cache;
		this.cachedPaths = CACHED_PATHS.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.COOKIE) != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return this.cachedPaths.stream().noneMatch((pattern) -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		CachedPage kept = this.cache.get(key);
		if (kept != null) {
			if (sendKept(kept, request, response)) {
				return;
			}
			// Its stored copy is damaged: the visitor gets the page rendered again.
			this.cache.forget(key);
		}
		AnonymousPageCache.Render render = this.cache.startRender(key);
		if (render.leads()) {
			HeaderRecordingResponse recorded = new HeaderRecordingResponse(response);
			CachedPage page = null;
			try {
				page = render(request, recorded, chain);
			}
			finally {
				this.cache.finish(render, page);
			}
			sendRendered(page, request, response, recorded);
			return;
		}
		CachedPage renderedMeanwhile = this.cache.awaitPage(render);
		if (renderedMeanwhile != null && sendKept(renderedMeanwhile, request, response)) {
			return;
		}
		long generation = this.cache.generation();
		HeaderRecordingResponse recorded = new HeaderRecordingResponse(response);
		CachedPage page = render(request, recorded, chain);
		if (page != null) {
			this.cache.put(key, page, generation);
		}
		sendRendered(page, request, response, recorded);
	}

	/**
	 * Renders the page into a buffer: the page to keep, or null when the response is not
	 * for keeping.
	 */
	private static CachedPage render(HttpServletRequest request, HeaderRecordingResponse recorded, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, recorded);
		return keepable(request, recorded) ? page(request, recorded) : null;
	}

	private static void sendRendered(CachedPage page, HttpServletRequest request, HttpServletResponse response,
			HeaderRecordingResponse recorded) throws IOException {
		if (page == null) {
			recorded.releaseCacheHeaders();
			recorded.copyBodyToResponse();
			return;
		}
		// The application's own headers are on the response already.
		recorded.resetBuffer();
		send(page, Answer.to(request, page), response);
	}

	/**
	 * Sends a kept page, unless its body cannot be read back (a damaged page store):
	 * whether it was sent. Nothing is written to the response when it was not.
	 */
	private boolean sendKept(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		Answer answer;
		try {
			answer = Answer.to(request, page);
		}
		catch (CachedPage.DamagedBodyException ex) {
			this.logger.warn("A kept page of " + request.getRequestURI() + " could not be read back (" + ex.getMessage()
					+ "); it is rendered again");
			return false;
		}
		page.headers().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
		send(page, answer, response);
		return true;
	}

	/**
	 * Whether the security filters found an anonymous visitor; called inside them, where
	 * the response may be marked keepable ({@link #ANONYMOUS_ATTRIBUTE}).
	 */
	static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

	private static boolean keepable(HttpServletRequest request, HeaderRecordingResponse response) {
		return Boolean.TRUE.equals(request.getAttribute(ANONYMOUS_ATTRIBUTE))
				&& response.getStatus() == HttpServletResponse.SC_OK && !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& request.getSession(false) == null && response.getContentType() != null;
	}

	private static String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(request.getRequestURI());
		if (request.getQueryString() != null) {
			key.append('?').append(request.getQueryString());
		}
		// Dates and numbers are formatted for the visitor's language, and over TLS the
		// security headers differ (Strict-Transport-Security).
		key.append('|').append(request.getLocale().toLanguageTag()).append('|').append(request.isSecure());
		for (String header : VARYING_REQUEST_HEADERS) {
			String value = request.getHeader(header);
			key.append('|').append((value != null) ? value : "");
		}
		return key.toString();
	}

	private static CachedPage page(HttpServletRequest request, HeaderRecordingResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.recordedNames()) {
			if (!HEADERS_NOT_KEPT.contains(name.toLowerCase())) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		// The container writes the page's language from setLocale, not through setHeader.
		String language = response.getHeader(HttpHeaders.CONTENT_LANGUAGE);
		if (language != null) {
			headers.putIfAbsent(HttpHeaders.CONTENT_LANGUAGE, List.of(language));
		}
		byte[] body = response.getContentAsByteArray();
		Object scope = request.getAttribute(PageCacheConfig.SCOPE_ATTRIBUTE);
		return new CachedPage((scope instanceof PageScope known) ? known : PageScope.ANYONE, response.getContentType(),
				headers, body, "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"",
				System.currentTimeMillis() / 1000 * 1000);
	}

	private static void send(CachedPage page, Answer answer, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		if (answer.body() == null) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		if (page.compressible()) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (answer.gzip()) {
				response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
			}
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	/**
	 * Whether the request's Accept-Encoding takes gzip: named, or covered by {@code *},
	 * and not refused with {@code q=0} (RFC 9110 §12.5.3).
	 */
	static boolean acceptsGzip(HttpServletRequest request) {
		Boolean gzip = null;
		boolean any = false;
		for (Enumeration<String> values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); values.hasMoreElements();) {
			for (String coding : values.nextElement().split(",")) {
				String[] nameAndParameters = coding.split(";", 2);
				String name = nameAndParameters[0].strip().toLowerCase(Locale.ROOT);
				boolean wanted = nameAndParameters.length == 1 || !REFUSED.matcher(nameAndParameters[1]).find();
				if (name.equals("gzip") || name.equals("x-gzip")) {
					gzip = wanted;
				}
				else if (name.equals("*")) {
					any = wanted;
				}
			}
		}
		return (gzip != null) ? gzip : any;
	}

	private static boolean notModified(CachedPage page, HttpServletRequest request) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			String ours = opaque(page.etag());
			for (String tag : ifNoneMatch.split(",")) {
				String candidate = tag.strip();
				if (candidate.equals("*") || opaque(candidate).equals(ours)) {
					return true;
				}
			}
			return false;
		}
		try {
			long ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return ifModifiedSince >= 0 && page.lastModified() <= ifModifiedSince;
		}
		catch (IllegalArgumentException unparsable) {
			return false;
		}
	}

	/** Weak comparison (RFC 9110 §8.8.3.2): tags match whether or not marked weak. */
	private static String opaque(String etag) {
		return etag.startsWith("W/") ? etag.substring(2) : etag;
	}

	/**
	 * What a request gets of a kept page, worked out before anything is written.
	 *
	 * @param body what to send, null when the client's copy is current (304)
	 * @param gzip whether the body is sent compressed
	 */
	private record Answer(byte[] body, boolean gzip) {

		/**
		 * @throws CachedPage.DamagedBodyException when the page was read back from the
		 * store and its body cannot be inflated
		 */
		static Answer to(HttpServletRequest request, CachedPage page) {
			if (notModified(page, request)) {
				return new Answer(null, false);
			}
			boolean gzip = page.compressible() && acceptsGzip(request);
			// A page read back from the store is inflated only for a client without gzip.
			return new Answer(gzip ? page.gzipBody() : page.body(), gzip);
		}

	}

	/**
	 * Buffers the body, remembers which headers the application and the security filters
	 * set, and holds back their cache headers ({@link #releaseCacheHeaders()}).
	 */
	private static final class HeaderRecordingResponse extends ContentCachingResponseWrapper {

		private final Set<String> names = new LinkedHashSet<>();

		/** Cache headers set, by name as set, held back from the response. */
		private final Map<String, List<String>> cacheHeaders = new LinkedHashMap<>();

		HeaderRecordingResponse(HttpServletResponse response) {
			super(response);
		}

		List<String> recordedNames() {
			return new ArrayList<>(this.names);
		}

		/** Sends the cache headers held back: the response is not kept. */
		void releaseCacheHeaders() {
			this.cacheHeaders.forEach((name, values) -> values.forEach((value) -> super.addHeader(name, value)));
			this.cacheHeaders.clear();
		}

		// An error or a redirect is sent at once, and never kept.

		@Override
		public void sendError(int status) throws IOException {
			releaseCacheHeaders();
			super.sendError(status);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			releaseCacheHeaders();
			super.sendError(status, message);
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			releaseCacheHeaders();
			super.sendRedirect(location);
		}

		@Override
		public void sendRedirect(String location, int status) throws IOException {
			releaseCacheHeaders();
			super.sendRedirect(location, status);
		}

		@Override
		public void sendRedirect(String location, boolean clearBuffer) throws IOException {
			releaseCacheHeaders();
			super.sendRedirect(location, clearBuffer);
		}

		@Override
		public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
			releaseCacheHeaders();
			super.sendRedirect(location, status, clearBuffer);
		}

		@Override
		public void setHeader(String name, String value) {
			if (!hold(name, value, true)) {
				this.names.add(name);
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!hold(name, value, false)) {
				this.names.add(name);
				super.addHeader(name, value);
			}
		}

		@Override
		public void setDateHeader(String name, long date) {
			if (!hold(name, HTTP_DATE.format(Instant.ofEpochMilli(date)), true)) {
				this.names.add(name);
				super.setDateHeader(name, date);
			}
		}

		@Override
		public void addDateHeader(String name, long date) {
			if (!hold(name, HTTP_DATE.format(Instant.ofEpochMilli(date)), false)) {
				this.names.add(name);
				super.addDateHeader(name, date);
			}
		}

		@Override
		public void setIntHeader(String name, int value) {
			if (!hold(name, Integer.toString(value), true)) {
				this.names.add(name);
				super.setIntHeader(name, value);
			}
		}

		@Override
		public void addIntHeader(String name, int value) {
			if (!hold(name, Integer.toString(value), false)) {
				this.names.add(name);
				super.addIntHeader(name, value);
			}
		}

		@Override
		public boolean containsHeader(String name) {
			return heldName(name) != null || super.containsHeader(name);
		}

		@Override
		public String getHeader(String name) {
			String held = heldName(name);
			return (held != null) ? this.cacheHeaders.get(held).get(0) : super.getHeader(name);
		}

		@Override
		public Collection<String> getHeaders(String name) {
			String held = heldName(name);
			return (held != null) ? List.copyOf(this.cacheHeaders.get(held)) : super.getHeaders(name);
		}

		/** Holds a cache header back; false for any other header. */
		private boolean hold(String name, String value, boolean replace) {
			if (!CACHE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				return false;
			}
			String held = heldName(name);
			if (held == null || replace) {
				if (held != null) {
					this.cacheHeaders.remove(held);
				}
				this.cacheHeaders.put(name, new ArrayList<>(List.of(value)));
			}
			else {
				this.cacheHeaders.get(held).add(value);
			}
			return true;
		}

		private String heldName(String name) {
			for (String held : this.cacheHeaders.keySet()) {
				if (held.equalsIgnoreCase(name)) {
					return held;
				}
			}
			return null;
		}

	}

}
