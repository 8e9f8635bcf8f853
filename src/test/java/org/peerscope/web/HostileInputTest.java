package org.peerscope.web;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.Endpoints;
import org.peerscope.test.Endpoints.Endpoint;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.xml.sax.InputSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Hostile input through every endpoint: each query parameter, form field and path
 * variable of every mapped controller method (read from the handler mapping, so new
 * endpoints are covered without a change here) gets each of {@link #HOSTILE} in turn, as
 * an administrator who also owns the researcher, so that every form is reached. Nothing
 * may answer with a server error, and no page may carry the markup unescaped.
 */
@IntegrationTest
class HostileInputTest {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String EVENT_HANDLER = "\"><img src=x onerror=alert(1)>";

	/** What a page must never contain: the markup above, unescaped. */
	static final List<String> UNESCAPED = List.of("<script>alert(1)", "<img src=x onerror");

	static final List<String> HOSTILE = List.of(SCRIPT, EVENT_HANDLER, "' OR '1'='1' --", "'; drop table works; --",
			"%_\\", "&|!():*<->", "\"quoted", "../../../../etc/passwd", "..%2F..%2Fapplication.yml", "a\u0000b",
			"\u0000", "abc", "-1", "0", "99999999999999999999", "1e9", "", " ", "\uD800", "\u202Eevil", "null",
			"x".repeat(1 << 20));

	static final String ADMIN = "admin@example.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	Endpoints.PathValues paths;

	@BeforeEach
	void data() {
		this.catalog.reset();
		long institution = this.catalog.institution("Institute " + SCRIPT, "NL", "hostile.example");
		long topic = this.catalog.topic("Topic " + EVENT_HANDLER, "Physics " + SCRIPT);
		long researcher = this.catalog.researcher("Ada " + SCRIPT + EVENT_HANDLER)
			.alsoKnownAs("A. " + EVENT_HANDLER)
			.currentlyAt(institution, 2020)
			.insert();
		long coauthor = this.catalog.researcher("Brook " + EVENT_HANDLER).insert();
		long work = this.catalog.work("Title " + SCRIPT + EVENT_HANDLER)
			.year(2024)
			.abstractText("Abstract " + SCRIPT + " " + EVENT_HANDLER)
			.venue(this.catalog.source("Journal " + SCRIPT))
			.authors(researcher, coauthor, "Printed " + EVENT_HANDLER)
			.topic(topic, true)
			.insert();
		long admin = this.accounts.admin(ADMIN, "Admin " + EVENT_HANDLER);
		long claim = this.accounts.approvedClaim(admin, researcher);
		this.paths = new Endpoints.PathValues(this.catalog.keyOfResearcher(researcher), this.catalog.keyOfWork(work),
				this.catalog.publicKey("topics", topic), this.catalog.publicKey("institutions", institution),
				researcher, work, claim);
	}

	@Test
	void noInputAnywhereMakesAServerErrorOrUnescapedMarkup() throws Exception {
		List<String> wrong = new ArrayList<>();
		Set<String> inputs = new LinkedHashSet<>();
		for (Endpoint endpoint : Endpoints.of(this.handlerMapping)) {
			wrong.addAll(check(endpoint, null, null, this.paths.fill(endpoint.pattern())));
			for (String name : inputNames(endpoint)) {
				inputs.add(endpoint.name() + " " + name);
				for (String value : HOSTILE) {
					wrong.addAll(check(endpoint, name, value, this.paths.fill(endpoint.pattern())));
				}
			}
			for (String variable : endpoint.pathVariables()) {
				for (String value : HOSTILE) {
					String path = this.paths.fill(endpoint.pattern(), variable,
							URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
					wrong.addAll(check(endpoint, "{" + variable + "}", value, path));
				}
			}
		}
		// The walk reaches query parameters, form fields of every kind of form, and
		// parameters of the JSON API.
		assertThat(inputs).contains("GET /search q", "GET /search/works from", "GET /api/search q",
				"GET /api/graph/researchers/{key} depth", "POST /signup displayName",
				"POST /researchers/{key}/claim statement", "POST /account/profile bio",
				"POST /admin/claims/{id}/transfer email");
		assertThat(wrong).as("answers to hostile input").isEmpty();
	}

	@Test
	void hostileCatalogueTextIsEscapedInLinkedDataFeedsSuggestionsAndJson() throws Exception {
		String researcher = this.paths.fill("/researchers/{key}");
		Document page = Jsoup.parse(html(researcher));
		assertThat(page.selectFirst("h1").text()).contains("Ada " + SCRIPT + EVENT_HANDLER);
		for (String path : List.of(researcher, this.paths.fill("/works/{key}"), this.paths.fill("/topics/{key}"),
				this.paths.fill("/institutions/{key}"))) {
			Element linkedData = Jsoup.parse(html(path)).selectFirst("script[type=application/ld+json]");
			assertThat(linkedData).as(path).isNotNull();
			// Imported text cannot close the element, and the JSON still reads back
			// whole.
			assertThat(linkedData.data()).as(path).doesNotContain("<");
			assertThat(this.json.readTree(linkedData.data()).toString()).contains(SCRIPT);
		}
		String atom = this.mvc.perform(get(researcher + "/feed.atom"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new InputSource(new StringReader(atom)));
		assertThat(feed.getElementsByTagName("entry").item(0).getTextContent()).contains("Title " + SCRIPT);
		Document suggestions = Jsoup.parse(html("/search?suggest=1&q=Ada"));
		assertThat(suggestions.text()).contains("Ada " + SCRIPT);
		String graph = this.mvc.perform(get("/api/graph" + researcher))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(this.json.readTree(graph).toString()).contains("Ada " + SCRIPT);
	}

	private String html(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).accept("text/html")).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		UNESCAPED.forEach((markup) -> assertThat(body).as(path).doesNotContain(markup));
		return body;
	}

	private List<String> check(Endpoint endpoint, String name, String value, String path) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.httpMethod(), java.net.URI.create(path));
		endpoint.requiredParams().forEach((param) -> request.param(param, "a"));
		if (name != null && !name.startsWith("{")) {
			request.param(name, value);
		}
		if (endpoint.httpMethod() != HttpMethod.GET) {
			request.with(csrf());
		}
		List<String> wrong = new ArrayList<>();
		String input = (name != null) ? " " + name + "=" + shown(value) : "";
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request.with(this.accounts.as(ADMIN))).andReturn().getResponse();
		}
		catch (Exception ex) {
			// MockMvc passes on what the servlet container would turn into a 500.
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			wrong.add(endpoint.name() + input + ": 500 " + cause.getClass().getSimpleName() + " "
					+ shown(String.valueOf(cause.getMessage())));
			return wrong;
		}
		if (response.getStatus() >= 500) {
			wrong.add(endpoint.name() + input + ": " + response.getStatus());
		}
		String type = String.valueOf(response.getContentType());
		if (type.startsWith("text/html") || type.contains("xml")) {
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			for (String markup : UNESCAPED) {
				if (body.contains(markup)) {
					wrong.add(endpoint.name() + input + ": unescaped " + markup);
				}
			}
		}
		return wrong;
	}

	/** Query parameters and form fields the controller method reads. */
	private static Set<String> inputNames(Endpoint endpoint) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				names.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)
					|| parameter.getParameterType().isRecord()) {
				Arrays.stream(parameter.getParameterType().getRecordComponents())
					.forEach((component) -> names.add(component.getName()));
			}
		}
		return names;
	}

	private static String shown(String value) {
		String printable = value.replace("\u0000", "\\0");
		return (printable.length() > 120) ? printable.substring(0, 100) + "…(" + printable.length() + " chars)"
				: printable;
	}

}
