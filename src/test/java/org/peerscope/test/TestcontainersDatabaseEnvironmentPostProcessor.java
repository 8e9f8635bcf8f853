package org.peerscope.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Where Docker runs, tests use a PostgreSQL container instead of the embedded server (one
 * container for the whole test run). Set {@code PEERSCOPE_TEST_DATABASE} to
 * {@code embedded} or {@code testcontainers} to force a choice.
 */
class TestcontainersDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	private static PostgreSQLContainer container;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url")) || !useTestcontainers(environment)) {
			return;
		}
		PostgreSQLContainer database = container();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testcontainersDatabase",
					Map.of("spring.datasource.url", database.getJdbcUrl(), "spring.datasource.username",
							database.getUsername(), "spring.datasource.password", database.getPassword())));
	}

	private static boolean useTestcontainers(ConfigurableEnvironment environment) {
		String choice = environment.getProperty("PEERSCOPE_TEST_DATABASE", "auto");
		if (!choice.equals("auto")) {
			return choice.equals("testcontainers");
		}
		// Asking Testcontainers costs seconds when there is no engine; a missing socket
		// answers at once.
		boolean dockerConfigured = StringUtils.hasText(System.getenv("DOCKER_HOST"))
				|| Files.exists(Path.of("/var/run/docker.sock"));
		return dockerConfigured && DockerClientFactory.instance().isDockerAvailable();
	}

	private static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
		}
		return container;
	}

	@Override
	public int getOrder() {
		// Before the embedded database decides, so that it sees the container's URL.
		return ConfigDataEnvironmentPostProcessor.ORDER + 5;
	}

}
