package org.peerscope.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerscope.test.IntegrationTest;
import org.peerscope.test.TestAccounts;
import org.peerscope.test.TestCatalog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

@IntegrationTest
class OrcidSignInTest {

	static final String ORCID = "0000-0002-1825-0097";

	@Autowired
	OrcidSignIn handler;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestCatalog catalog;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void data() {
		this.catalog.reset();
		this.accounts.verified("ada@gmail.com", "Ada");
	}

	@AfterEach
	void clearContext() {
		SecurityContextHolder.clearContext();
	}

	private MockHttpServletResponse returnFromOrcid(MockHttpServletRequest request, String orcid) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.handler.onAuthenticationSuccess(request, response,
				new TestingAuthenticationToken(orcid, null, "OIDC_USER"));
		return response;
	}

	@Test
	void aSignedInAccountConfirmsItsOrcidIdAndStaysItself() throws Exception {
		UserDetails ada = this.users.loadUserByUsername("ada@gmail.com");
		MockHttpServletRequest request = new MockHttpServletRequest();
		OrcidSignIn.startLinking(request,
				UsernamePasswordAuthenticationToken.authenticated(ada, null, ada.getAuthorities()));
		MockHttpServletResponse response = returnFromOrcid(request, ORCID);
		assertThat(response.getRedirectedUrl()).isEqualTo("/account?orcidConfirmed");
		assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isEqualTo(ada);
		assertThat(this.catalog.jdbc().sql("select confirmed_orcid from accounts").query(String.class).single())
			.isEqualTo(ORCID);
	}

	@Test
	void aConfirmedOrcidIdClaimsTheRecordWithThatOrcidAtOnce() throws Exception {
		long ada = this.catalog.researcher("Ada Whitfield").openalexId("A5023888391").orcid(ORCID).insert();
		this.catalog.jdbc().sql("update accounts set confirmed_orcid = ?").param(ORCID).update();
		this.mvc
			.perform(post("/researchers/A5023888391/claim").with(csrf())
				.with(this.accounts.as("ada@gmail.com"))
				.param("statement", "Me"))
			.andExpect(flash().attribute("flash", "claim.outcome.AUTO_APPROVED"));
		assertThat(this.catalog.jdbc()
			.sql("select orcid_confirmed and claimed and verification_level = 2 from researcher_verification "
					+ "where researcher_id = ?")
			.param(ada)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theOrcidIdSignsInTheAccountThatConfirmedItAndNoOther() throws Exception {
		this.catalog.jdbc().sql("update accounts set confirmed_orcid = ?").param(ORCID).update();
		MockHttpServletResponse known = returnFromOrcid(new MockHttpServletRequest(), ORCID);
		assertThat(known.getRedirectedUrl()).isEqualTo("/");
		assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal())
			.isInstanceOfSatisfying(AccountPrincipal.class, (p) -> assertThat(p.email()).isEqualTo("ada@gmail.com"));

		MockHttpServletResponse unknown = returnFromOrcid(new MockHttpServletRequest(), "0000-0001-5109-3700");
		assertThat(unknown.getRedirectedUrl()).isEqualTo("/login?orcidUnknown");
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	@Test
	void anOrcidIdConfirmedByAnotherAccountIsRefused() throws Exception {
		this.accounts.verified("other@example.org", "Other");
		this.catalog.jdbc()
			.sql("update accounts set confirmed_orcid = ? where email = 'other@example.org'")
			.param(ORCID)
			.update();
		UserDetails ada = this.users.loadUserByUsername("ada@gmail.com");
		MockHttpServletRequest request = new MockHttpServletRequest();
		OrcidSignIn.startLinking(request,
				UsernamePasswordAuthenticationToken.authenticated(ada, null, ada.getAuthorities()));
		assertThat(returnFromOrcid(request, ORCID).getRedirectedUrl()).isEqualTo("/account?orcidTaken");
	}

}
