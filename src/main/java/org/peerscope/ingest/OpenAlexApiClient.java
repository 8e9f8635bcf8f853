package org.peerscope.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches an author and all their works from the OpenAlex API (cursor paging), with an
 * API key or {@code mailto} from configuration, timeouts, and retries with backoff on 429
 * and 5xx. The responses are saved as files, which the importer then reads like any other
 * OpenAlex input.
 */
@Component
class OpenAlexApiClient {

	private static final Log logger = LogFactory.getLog(OpenAlexApiClient.class);

	private static final int PER_PAGE = 200;

	private final ObjectMapper json = JsonMapper.builder().build();

	private final String baseUrl;

	private final String apiKey;

	private final String mailto;

	private final Duration timeout;

	private final int maxAttempts;

	private final Duration backoff;

	private final HttpClient http;

	OpenAlexApiClient(@Value("${peerscope.ingest.openalex-api.base-url:https://api.openalex.org}") String baseUrl,
			@Value("${peerscope.ingest.openalex-api.api-key:}") String apiKey,
			@Value("${peerscope.ingest.openalex-api.mailto:}") String mailto,
			@Value("${peerscope.ingest.openalex-api.timeout:30s}") Duration timeout,
			@Value("${peerscope.ingest.openalex-api.max-attempts:5}") int maxAttempts,
			@Value("${peerscope.ingest.openalex-api.backoff:1s}") Duration backoff) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.apiKey = apiKey;
		this.mailto = mailto;
		this.timeout = timeout;
		this.maxAttempts = Math.max(1, maxAttempts);
		this.backoff = backoff;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/** The API cannot be used: offline, refused, or failing after every retry. */
	static class ApiException extends IOException {

		ApiException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * Saves the author ({@code A123} or an ORCID iD) and every page of their works into
	 * the folder; returns the files written.
	 */
	List<Path> download(String authorOrOrcid, boolean isOrcid, Path folder) throws IOException {
		Files.createDirectories(folder);
		String path = isOrcid ? "/authors/orcid:" + authorOrOrcid : "/authors/" + authorOrOrcid;
		JsonNode author = get(path);
		String authorKey = Identifiers.openalex(Json.text(author, "id"), 'A');
		if (authorKey == null) {
			throw new ApiException("The OpenAlex API answered without an author id for " + authorOrOrcid, null);
		}
		List<Path> files = new ArrayList<>();
		Path authorFile = folder.resolve("author-" + authorKey + ".json");
		Files.writeString(authorFile, author.toString(), StandardCharsets.UTF_8);
		files.add(authorFile);
		String cursor = "*";
		int page = 0;
		while (cursor != null) {
			JsonNode works = get("/works?filter=author.id:" + authorKey + "&per-page=" + PER_PAGE + "&cursor="
					+ URLEncoder.encode(cursor, StandardCharsets.UTF_8));
			page++;
			Path pageFile = folder.resolve(String.format("works-%s-%04d.json", authorKey, page));
			Files.writeString(pageFile, works.toString(), StandardCharsets.UTF_8);
			files.add(pageFile);
			JsonNode results = works.get("results");
			String next = Json.text(Json.object(works, "meta"), "next_cursor");
			cursor = (results == null || results.isEmpty()) ? null : next;
			logger.info("Fetched page " + page + " of the works of " + authorKey);
		}
		return files;
	}

	/** One API response, retried with backoff on 429, 5xx and network errors. */
	JsonNode get(String pathAndQuery) throws IOException {
		URI uri = URI.create(this.baseUrl + pathAndQuery + credentials(pathAndQuery.contains("?") ? '&' : '?'));
		IOException last = null;
		for (int attempt = 1; attempt <= this.maxAttempts; attempt++) {
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(this.timeout)
				.header("Accept", "application/json")
				.header("User-Agent", "Peerscope" + (this.mailto.isBlank() ? "" : " (mailto:" + this.mailto + ")"))
				.GET()
				.build();
			Duration wait = this.backoff.multipliedBy(1L << Math.min(attempt - 1, 10));
			try {
				HttpResponse<String> response = this.http.send(request,
						HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
				int status = response.statusCode();
				if (status == 200) {
					return this.json.readTree(response.body());
				}
				if (status == 404) {
					throw new ApiException("OpenAlex has no " + pathAndQuery.replaceFirst("\\?.*", "") + " (404)",
							null);
				}
				if (status != 429 && status < 500) {
					throw new ApiException("The OpenAlex API refused " + redacted(uri) + ": HTTP " + status, null);
				}
				last = new ApiException("The OpenAlex API answered HTTP " + status + " for " + redacted(uri), null);
				wait = retryAfter(response).orElse(wait);
			}
			catch (JacksonException ex) {
				last = new ApiException("The OpenAlex API sent a response that is not JSON: " + ex.getOriginalMessage(),
						ex);
			}
			catch (ConnectException | UnknownHostException | HttpConnectTimeoutException ex) {
				last = new ApiException("Cannot reach the OpenAlex API at " + this.baseUrl
						+ " (are you offline, or is a proxy needed?): " + ex, ex);
			}
			catch (HttpTimeoutException ex) {
				last = new ApiException("The OpenAlex API did not answer within " + this.timeout.toSeconds() + " s",
						ex);
			}
			catch (ApiException ex) {
				throw ex;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new ApiException("Interrupted while calling the OpenAlex API", ex);
			}
			catch (IOException ex) {
				last = new ApiException("Calling the OpenAlex API failed: " + ex, ex);
			}
			if (attempt < this.maxAttempts) {
				logger.warn(last.getMessage() + "; retrying in " + wait.toMillis() + " ms");
				sleep(wait);
			}
		}
		throw last;
	}

	private String credentials(char separator) {
		StringBuilder query = new StringBuilder();
		if (!this.apiKey.isBlank()) {
			query.append(separator).append("api_key=").append(URLEncoder.encode(this.apiKey, StandardCharsets.UTF_8));
			separator = '&';
		}
		if (!this.mailto.isBlank()) {
			query.append(separator).append("mailto=").append(URLEncoder.encode(this.mailto, StandardCharsets.UTF_8));
		}
		return query.toString();
	}

	private static String redacted(URI uri) {
		return uri.toString().replaceAll("api_key=[^&]*", "api_key=…");
	}

	private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
		return response.headers().firstValue("Retry-After").flatMap((value) -> {
			try {
				return java.util.Optional.of(Duration.ofSeconds(Math.min(120, Long.parseLong(value.strip()))));
			}
			catch (NumberFormatException ex) {
				return java.util.Optional.empty();
			}
		});
	}

	private static void sleep(Duration duration) throws ApiException {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException("Interrupted while waiting to retry the OpenAlex API", ex);
		}
	}

}
