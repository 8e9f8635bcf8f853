package org.peerscope.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each rate-limited endpoint answers 429 with {@code Retry-After} once a client has used
 * its allowance (the test profile's small allowances), and only for that client. Loopback
 * is exempt in tests, so each test asks from addresses of its own.
 */
@IntegrationTest
class RateLimitTest {

	static final String ADDRESS = "192.0.2.10";

	static final String OTHER_ADDRESS = "192.0.2.20";

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimiter limiter;

	@Autowired
	RateLimitProperties properties;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	String researcherKey;

	@BeforeEach
	void data() {
		this.catalog.reset();
		this.limiter.clear();
		this.researcherKey = this.catalog.keyOfResearcher(this.catalog.researcher("Ada Whitfield").insert());
		this.accounts.verified("ada@example.org", "Ada");
		this.accounts.verified("brook@example.org", "Brook");
	}

	@Test
	void loginAttemptsAreLimitedPerClientAddress() throws Exception {
		assertLimitedPerAddress("login",
				() -> post("/login").with(csrf())
					.param("email", "ada@example.org")
					.param("password", "not the password"));
	}

	@Test
	void signUpsAreLimitedPerClientAddress() throws Exception {
		assertLimitedPerAddress("signup",
				() -> post("/signup").with(csrf())
					.param("email", "someone@example.org")
					.param("displayName", "Someone")
					.param("password", "short"));
	}

	@Test
	void passwordResetRequestsAndResetsShareOneLimit() throws Exception {
		int allowed = allowance("password-reset");
		for (int i = 0; i < allowed; i++) {
			MockHttpServletRequestBuilder request = (i % 2 == 0)
					? post("/password/forgot").param("email", "nobody@example.org")
					: post("/password/reset").param("token", "no-such-token").param("password", "a brand new one 9");
			assertThat(send(request.with(csrf()), from(ADDRESS)).getStatus()).isNotEqualTo(429);
		}
		assertRefused(send(post("/password/reset").with(csrf()).param("token", "x"), from(ADDRESS)), "password-reset");
		assertRefused(send(post("/password/forgot").with(csrf()).param("email", "a@example.org"), from(ADDRESS)),
				"password-reset");
		assertThat(send(post("/password/forgot").with(csrf()).param("email", "a@example.org"), from(OTHER_ADDRESS))
			.getStatus()).isNotEqualTo(429);
	}

	@Test
	void claimsAreLimitedPerSignedInAccountWhateverItsAddress() throws Exception {
		Supplier<MockHttpServletRequestBuilder> claim = () -> post("/researchers/" + this.researcherKey + "/claim")
			.with(csrf());
		int allowed = allowance("claim");
		for (int i = 0; i < allowed; i++) {
			assertThat(send(claim.get().with(this.accounts.as("ada@example.org")), from(ADDRESS)).getStatus())
				.isNotEqualTo(429);
		}
		assertRefused(send(claim.get().with(this.accounts.as("ada@example.org")), from(ADDRESS)), "claim");
		// A new address does not give the same account a new allowance ...
		assertRefused(send(claim.get().with(this.accounts.as("ada@example.org")), from(OTHER_ADDRESS)), "claim");
		// ... and another account at the same address has its own.
		assertThat(send(claim.get().with(this.accounts.as("brook@example.org")), from(ADDRESS)).getStatus())
			.isNotEqualTo(429);
	}

	@Test
	void theSearchApiIsLimitedAndAnswersInJson() throws Exception {
		MockHttpServletResponse refused = assertLimitedPerAddress("search-api",
				() -> get("/api/search").param("q", "whitfield"));
		assertThat(refused.getContentType()).startsWith("application/json");
		assertThat(refused.getContentAsString()).contains("\"status\":429")
			.contains("\"retryAfterSeconds\":" + refused.getHeader("Retry-After"));
	}

	@Test
	void endpointsWithoutALimitAreNotCounted() throws Exception {
		for (int i = 0; i < 20; i++) {
			assertThat(send(get("/researchers/" + this.researcherKey), from(ADDRESS)).getStatus()).isEqualTo(200);
		}
	}

	@Test
	void eachLimitRemembersABoundedNumberOfClients() {
		RateLimiter small = new RateLimiter(new RateLimitProperties(true, 50, List.of(),
				Map.of("tiny", new RateLimitProperties.Limit(1, Duration.ofHours(1)))));
		for (int i = 0; i < 1000; i++) {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tiny");
			request.setRemoteAddr("10.0." + (i / 250) + "." + (i % 250));
			assertThat(small.secondsToWait("tiny", request)).isZero();
		}
		assertThat(small.clientsRemembered("tiny")).isLessThanOrEqualTo(50);
	}

	@Test
	void exemptAddressesAndADisabledLimiterAreNeverRefused() {
		Map<String, RateLimitProperties.Limit> tiny = Map.of("tiny",
				new RateLimitProperties.Limit(1, Duration.ofHours(1)));
		RateLimiter exempting = new RateLimiter(new RateLimitProperties(true, 50, List.of("203.0.113.9"), tiny));
		RateLimiter disabled = new RateLimiter(new RateLimitProperties(false, 50, List.of(), tiny));
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/tiny");
		request.setRemoteAddr("203.0.113.9");
		for (int i = 0; i < 5; i++) {
			assertThat(exempting.secondsToWait("tiny", request)).isZero();
			assertThat(disabled.secondsToWait("tiny", request)).isZero();
		}
		request.setRemoteAddr("203.0.113.10");
		assertThat(exempting.secondsToWait("tiny", request)).isZero();
		assertThat(exempting.secondsToWait("tiny", request)).isBetween(1L, 3600L);
	}

	@Test
	void aLimitThatIsNotConfiguredIsAMistakeFoundAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new RateLimitFilter(this.limiter, "no-such-limit", HttpMethod.POST, "/x"))
			.withMessageContaining("no-such-limit");
	}

	private MockHttpServletResponse assertLimitedPerAddress(String limit,
			Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		int allowed = allowance(limit);
		for (int i = 0; i < allowed; i++) {
			assertThat(send(request.get(), from(ADDRESS)).getStatus()).as("request %d of %d", i + 1, allowed)
				.isNotEqualTo(429);
		}
		MockHttpServletResponse refused = send(request.get(), from(ADDRESS));
		assertRefused(refused, limit);
		assertThat(send(request.get(), from(OTHER_ADDRESS)).getStatus()).as("another client").isNotEqualTo(429);
		return refused;
	}

	private void assertRefused(MockHttpServletResponse response, String limit) {
		assertThat(response.getStatus()).isEqualTo(429);
		long per = this.properties.limits().get(limit).per().toSeconds();
		assertThat(Long.parseLong(response.getHeader("Retry-After"))).isBetween(1L, per);
	}

	private int allowance(String limit) {
		return this.properties.limits().get(limit).requests();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, RequestPostProcessor address)
			throws Exception {
		return this.mvc.perform(request.with(address)).andReturn().getResponse();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
