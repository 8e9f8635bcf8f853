package org.peerscope.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the application maps, read from Spring's handler mapping, and example
 * paths for them: tests that must cover every endpoint (the authorization matrix, the
 * hostile-input suite) walk this list, so a new endpoint cannot be forgotten.
 */
public final class Endpoints {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

	private static final Pattern CATALOGUE_KEY = Pattern.compile("/(researchers|works|topics|institutions)/\\{key}");

	private Endpoints() {
	}

	/** Each HTTP method and pattern of each handler method, sorted by name. */
	public static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> methodNames = methods.isEmpty() ? List.of("*")
					: methods.stream().map(RequestMethod::name).toList();
			List<String> params = info.getParamsCondition().getExpressions().stream().map(Object::toString).toList();
			for (String pattern : info.getPatternValues()) {
				for (String method : methodNames) {
					endpoints.add(new Endpoint(method, pattern, params, entry.getValue()));
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::name));
		return endpoints;
	}

	/**
	 * One method and pattern of a handler.
	 *
	 * @param method the HTTP method, {@code *} when the mapping takes any
	 * @param pattern the path pattern as mapped
	 * @param requiredParams parameters the mapping needs to match
	 * @param handler the controller method
	 */
	public record Endpoint(String method, String pattern, List<String> requiredParams, HandlerMethod handler) {

		/**
		 * "GET /researchers/{key}", with " ?name" for each parameter the mapping needs.
		 */
		public String name() {
			StringBuilder name = new StringBuilder(this.method).append(' ').append(this.pattern);
			this.requiredParams.forEach((param) -> name.append(" ?").append(param));
			return name.toString();
		}

		/** The method to send ({@code GET} for a mapping that takes any). */
		public HttpMethod httpMethod() {
			return "*".equals(this.method) ? HttpMethod.GET : HttpMethod.valueOf(this.method);
		}

		/** Names of the placeholders in the pattern, in order. */
		public List<String> pathVariables() {
			List<String> names = new ArrayList<>();
			Matcher placeholder = PLACEHOLDER.matcher(this.pattern);
			while (placeholder.find()) {
				names.add(placeholder.group(1));
			}
			return names;
		}

	}

	/**
	 * Values for the placeholders of paths. {@code {key}} takes the key of the record the
	 * path names (a researcher, work, topic or institution); other placeholders take the
	 * value given for their name. A new placeholder name needs a value here.
	 */
	public static final class PathValues {

		private final Map<String, String> values = new LinkedHashMap<>();

		public PathValues(String researcherKey, String workKey, String topicKey, String institutionKey,
				long researcherId, long workId, long claimId) {
			this.values.put("researchers", researcherKey);
			this.values.put("works", workKey);
			this.values.put("topics", topicKey);
			this.values.put("institutions", institutionKey);
			this.values.put("key", researcherKey);
			this.values.put("workKey", workKey);
			this.values.put("id", String.valueOf(claimId));
			this.values.put("researcherId", String.valueOf(researcherId));
			this.values.put("workId", String.valueOf(workId));
			this.values.put("decision", "dismiss");
			this.values.put("action", "archive");
			this.values.put("section", "researchers");
			this.values.put("part", "1");
		}

		/** The pattern with every placeholder filled. */
		public String fill(String pattern) {
			return fill(pattern, null, null);
		}

		/**
		 * The pattern with one placeholder given (already URL-encoded) and the others
		 * filled.
		 */
		public String fill(String pattern, String variable, String encodedValue) {
			Matcher catalogueKey = CATALOGUE_KEY.matcher(pattern);
			String path = catalogueKey.replaceAll((m) -> Matcher.quoteReplacement(
					"/" + m.group(1) + "/" + ("key".equals(variable) ? encodedValue : value(m.group(1)))));
			return PLACEHOLDER.matcher(path)
				.replaceAll((m) -> Matcher
					.quoteReplacement(m.group(1).equals(variable) ? encodedValue : value(m.group(1))));
		}

		private String value(String name) {
			String value = this.values.get(name);
			if (value == null) {
				throw new IllegalStateException("No example value for {" + name + "}: add one to Endpoints.PathValues");
			}
			return value;
		}

	}

}
