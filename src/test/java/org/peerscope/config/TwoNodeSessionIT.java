package org.peerscope.config;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerscope.PeerscopeApplication;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;
import org.peerscope.test.TestSupportConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one database share login sessions (Spring Session JDBC): signed in on
 * one node, a user stays signed in on the other, and signing out on either ends it on
 * both.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "spring.autoconfigure.exclude=")
@ActiveProfiles("test")
@Import(TestSupportConfig.class)
class TwoNodeSessionIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final Pattern SESSION_COOKIE = Pattern.compile("SESSION=([^;]+)");

	@LocalServerPort
	int nodeA;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Value("${spring.datasource.username}")
	String databaseUser;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private ConfigurableApplicationContext secondNode;

	@AfterEach
	void stopSecondNode() {
		if (this.secondNode != null) {
			this.secondNode.close();
		}
	}

	@Test
	void aSessionStartedOnOneNodeIsHonouredAndEndedOnTheOther() throws Exception {
		this.catalog.reset();
		this.accounts.verified("ines@example.org", "Inês Duarte");
		this.secondNode = new SpringApplicationBuilder(PeerscopeApplication.class).profiles("test")
			.run("--server.port=0", "--spring.autoconfigure.exclude=", "--spring.datasource.url=" + this.databaseUrl,
					"--spring.datasource.username=" + this.databaseUser, "--spring.flyway.enabled=false");
		int nodeB = Integer.parseInt(this.secondNode.getEnvironment().getProperty("local.server.port"));

		String session = logIn(this.nodeA, "ines@example.org", TestAccounts.PASSWORD);
		assertThat(get(this.nodeA, "/account", session).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param("ines@example.org")
			.query(Long.class)
			.single()).as("the session is kept in PostgreSQL").isEqualTo(1);
		assertThat(get(nodeB, "/account", session).statusCode()).as("signed in on the other node").isEqualTo(200);

		HttpResponse<String> accountOnB = get(nodeB, "/account", session);
		String token = csrfToken(accountOnB.body());
		post(nodeB, "/logout", session, "_csrf=" + encode(token));
		assertThat(get(this.nodeA, "/account", session).statusCode()).as("signed out on both").isEqualTo(302);
	}

	private String logIn(int port, String email, String password) throws Exception {
		HttpResponse<String> form = get(port, "/login", null);
		String session = sessionCookie(form).orElseThrow();
		HttpResponse<String> loggedIn = post(port, "/login", session, "email=" + encode(email) + "&password="
				+ encode(password) + "&_csrf=" + encode(csrfToken(form.body())));
		assertThat(loggedIn.statusCode()).isEqualTo(302);
		assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		// The session id changes at login.
		return sessionCookie(loggedIn).orElse(session);
	}

	private HttpResponse<String> get(int port, String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Accept", "text/html");
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(int port, String path, String session, String form) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		for (String cookie : cookies) {
			Matcher matcher = SESSION_COOKIE.matcher(cookie);
			if (matcher.find()) {
				return Optional.of(matcher.group(1));
			}
		}
		return Optional.empty();
	}

	private static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
