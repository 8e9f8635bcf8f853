package org.peerscope.database;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the application at the embedded PostgreSQL unless a database was configured
 * ({@code spring.datasource.url}, e.g. through {@code SPRING_DATASOURCE_URL}). Runs once
 * the configuration files are read and before any bean exists, so Flyway, JPA and
 * everything else see an ordinary configured data source.
 */
class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE_NAME = "peerscopeEmbeddedDatabase";

	private final Log logger;

	EmbeddedDatabaseEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.logger = logFactory.getLog(EmbeddedDatabaseEnvironmentPostProcessor.class);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			this.logger.info("Using the configured database " + environment.getProperty("spring.datasource.url"));
			return;
		}
		if (!environment.getProperty(EmbeddedDatabaseSettings.PREFIX + "enabled", Boolean.class, true)) {
			return;
		}
		EmbeddedDatabaseSettings settings = EmbeddedDatabaseSettings.from(environment);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.obtain(settings, this.logger);
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME,
					Map.of("spring.datasource.url", server.jdbcUrl(settings.databaseName()),
							"spring.datasource.username", server.username(), "spring.datasource.password", "",
							"peerscope.database.embedded.running-port", server.port())));
	}

	@Override
	public int getOrder() {
		// Leaves room before it for post-processors that supply a database (tests with
		// Testcontainers).
		return ConfigDataEnvironmentPostProcessor.ORDER + 10;
	}

}
