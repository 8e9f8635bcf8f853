package org.peerscope.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServlet;
import org.junit.jupiter.api.Test;
import org.peerscope.common.DatabaseFailures;
import org.peerscope.test.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators rely on: request ids, probes, and a 503 rather than a stack trace while
 * the database is away (the full outage drill is faults/db-outage.sh).
 */
@IntegrationTest
class OperationsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyResponseCarriesARequestId() throws Exception {
		MvcResult first = this.mvc.perform(get("/ping")).andExpect(status().isOk()).andReturn();
		MvcResult second = this.mvc.perform(get("/ping")).andExpect(status().isOk()).andReturn();
		String firstId = first.getResponse().getHeader(RequestIdFilter.HEADER);
		assertThat(firstId).matches("[0-9a-f-]{36}");
		assertThat(second.getResponse().getHeader(RequestIdFilter.HEADER)).isNotEqualTo(firstId);
	}

	@Test
	void aWellFormedRequestIdFromAProxyIsKeptAndAnythingElseReplaced() throws Exception {
		this.mvc.perform(get("/ping").header(RequestIdFilter.HEADER, "lb-7f3a9c21"))
			.andExpect(header().string(RequestIdFilter.HEADER, "lb-7f3a9c21"));
		MvcResult hostile = this.mvc.perform(get("/ping").header(RequestIdFilter.HEADER, "<script>x</script>"))
			.andReturn();
		assertThat(hostile.getResponse().getHeader(RequestIdFilter.HEADER)).matches("[0-9a-f-]{36}");
	}

	@Test
	void readinessIncludesTheDatabase() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void metricsAreForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/prometheus").with(user("someone").roles("USER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void anUnreachableDatabaseAnswers503WithRetryAfter() throws Exception {
		MockMvc outage = MockMvcBuilders.standaloneSetup(new OutageController())
			.setControllerAdvice(new DatabaseUnavailableHandler())
			.build();
		for (String path : new String[] { "/no-connection", "/no-transaction", "/connection-lost-mid-transaction" }) {
			MvcResult result = outage.perform(get(path)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path).isEqualTo(503);
			assertThat(result.getResponse().getHeader("Retry-After"))
				.isEqualTo(DatabaseUnavailableHandler.RETRY_AFTER_SECONDS);
		}
	}

	@Test
	void anUnreachableDatabaseOutsideControllersAnswers503Too() throws Exception {
		// As when Spring Session saves a new session while the response is committed.
		MockHttpServletResponse response = new MockHttpServletResponse();
		new DatabaseUnavailableFilter().doFilter(new MockHttpServletRequest("GET", "/login"), response,
				new MockFilterChain(new HttpServlet() {
				}, (request, ignored, chain) -> {
					throw new CannotCreateTransactionException("Could not open JPA EntityManager",
							new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
				}));
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo(DatabaseUnavailableHandler.RETRY_AFTER_SECONDS);
		assertThatIllegalStateException()
			.isThrownBy(() -> new DatabaseUnavailableFilter().doFilter(new MockHttpServletRequest("GET", "/"),
					new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
					}, (request, ignored, chain) -> {
						throw new IllegalStateException("a bug, not an outage");
					})));
	}

	@Test
	void otherDatabaseErrorsAreNotMistakenForAnOutage() {
		assertThat(DatabaseFailures
			.isUnreachable(new DataIntegrityViolationException("duplicate key", new SQLException("dup", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.isUnreachable(new IllegalStateException("bug"))).isFalse();
	}

	@RestController
	static class OutageController {

		@GetMapping("/connection-lost-mid-transaction")
		String connectionLost() {
			throw new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("terminating connection due to administrator command", "57P01")));
		}

		@GetMapping("/no-connection")
		String noConnection() {
			throw new CannotGetJdbcConnectionException("Connection refused");
		}

		@GetMapping("/no-transaction")
		String noTransaction() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		}

	}

}
