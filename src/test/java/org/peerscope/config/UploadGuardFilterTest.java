package org.peerscope.config;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A multipart body nobody may send is refused without being read: reading it is what
 * writes it to disk.
 */
class UploadGuardFilterTest {

	private final UploadGuardFilter guard = new UploadGuardFilter("/admin/import", "ROLE_ADMIN",
			(request, response, exception) -> response.sendRedirect("/login"));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aMultipartBodyAnywhereButTheUploadIsRefusedUnread() throws Exception {
		MockHttpServletResponse response = filter(new UnreadableRequest("POST", "/researchers/PA1/follow"));

		assertThat(response.getStatus()).isEqualTo(415);
	}

	@Test
	void anAnonymousUploadGoesToTheLoginPageUnread() throws Exception {
		MockHttpServletResponse response = filter(new UnreadableRequest("POST", "/admin/import"));

		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void anUploadFromAnyoneButAnAdministratorIsForbiddenUnread() throws Exception {
		signIn("ROLE_USER");

		MockHttpServletResponse response = filter(new UnreadableRequest("POST", "/admin/import"));

		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void anAdministratorsUploadGoesOn() throws Exception {
		signIn("ROLE_ADMIN");
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/import");
		request.setContentType("multipart/form-data; boundary=x");
		MockFilterChain chain = new MockFilterChain();

		this.guard.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	@Test
	void otherRequestsAreNotLookedAt() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/researchers/PA1/follow");
		request.setContentType("application/x-www-form-urlencoded");
		MockFilterChain chain = new MockFilterChain();

		this.guard.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest()).isSameAs(request);
	}

	private MockHttpServletResponse filter(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.guard.doFilter(request, response, chain);
		assertThat(chain.getRequest()).as("passed on").isNull();
		return response;
	}

	private static void signIn(String authority) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone@example.org", null,
					List.of(new SimpleGrantedAuthority(authority))));
	}

	/** A multipart request that fails the test if anything reads its body. */
	private static final class UnreadableRequest extends MockHttpServletRequest {

		UnreadableRequest(String method, String uri) {
			super(method, uri);
			setContentType("multipart/form-data; boundary=x");
		}

		@Override
		public String getParameter(String name) {
			throw new AssertionError("read the parameter " + name);
		}

		@Override
		public ServletInputStream getInputStream() {
			throw new AssertionError("read the body");
		}

		@Override
		public Collection<Part> getParts() throws IOException {
			throw new AssertionError("read the parts");
		}

	}

}
