package org.peerscope.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.peerscope.PeerscopeApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set (SPRING_DATASOURCE_URL), Peerscope uses that
 * server and starts no embedded one. Runs against the PostgreSQL on 127.0.0.1:5432
 * (database {@code test}, trust authentication), in a schema of its own that it drops
 * afterwards. Skipped where no such server runs, unless PEERSCOPE_EXTERNAL_DB_REQUIRED is
 * set (CI sets it).
 */
class ExternalDatabaseIT {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";

	final String schema = "peerscope_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@Test
	void runsOnTheConfiguredServerWithoutStartingTheEmbeddedOne() throws Exception {
		requireServer();
		SpringApplication application = new SpringApplication(PeerscopeApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(Map.of("spring.datasource.url", SERVER + "?currentSchema=" + this.schema,
				"spring.datasource.username", "postgres", "spring.flyway.schemas", this.schema,
				"spring.flyway.create-schemas", "true", "peerscope.demo-data.enabled", "false",
				"peerscope.database.embedded.data-dir", "does-not-matter"));
		try (ConfigurableApplicationContext context = application.run()) {
			assertThat(context.getEnvironment()
				.getPropertySources()
				.contains(EmbeddedDatabaseEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select current_schema()").query(String.class).single()).isEqualTo(this.schema);
			jdbc.sql("insert into researchers (display_name) values ('Stored externally')").update();
		}
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select display_name from " + this.schema + ".researchers")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Stored externally");
		}
	}

	@AfterEach
	void dropSchema() throws SQLException {
		if (serverAnswers()) {
			try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + this.schema + " cascade");
			}
		}
	}

	private static void requireServer() {
		boolean required = Boolean.parseBoolean(System.getenv("PEERSCOPE_EXTERNAL_DB_REQUIRED"));
		if (!required) {
			Assumptions.assumeTrue(serverAnswers(), "no PostgreSQL on 127.0.0.1:5432");
		}
	}

	private static boolean serverAnswers() {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "")) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
