package org.peerscope.collaboration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.collaboration.CollaborationFixture.Person;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sending invitations and messages draws on the shared rate limits (the test profile
 * allows 3 an hour), per account; loopback is exempt in tests, so these requests come
 * from an address of their own.
 */
@IntegrationTest
class CollaborationRateLimitTest {

	static final String ADDRESS = "192.0.2.77";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	Person ada;

	Person grace;

	@BeforeEach
	void people() {
		this.catalog.reset();
		CollaborationFixture fixture = new CollaborationFixture(this.catalog, this.accounts);
		this.ada = fixture.owner("Rate Ada", true);
		this.grace = fixture.owner("Rate Grace", true);
	}

	@Test
	void invitationsAndMessagesAreLimitedPerAccount() throws Exception {
		String invite = "/researchers/" + this.grace.key() + "/invite";
		for (int i = 0; i < 3; i++) {
			assertThat(send(post(invite), this.ada).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = send(post(invite), this.ada);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isPositive();
		assertThat(send(post("/researchers/" + this.ada.key() + "/invite"), this.grace).getStatus()).isEqualTo(200);

		String messages = "/collaboration/threads/12345/messages";
		for (int i = 0; i < 3; i++) {
			assertThat(send(post(messages).param("body", "Hi"), this.ada).getStatus()).isEqualTo(404);
		}
		assertThat(send(post(messages).param("body", "Hi"), this.ada).getStatus()).isEqualTo(429);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Person as) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(this.accounts.as(as.email())).with((r) -> {
			r.setRemoteAddr(ADDRESS);
			return r;
		})).andReturn().getResponse();
	}

}
