package org.peerscope.database;

import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Where and how the embedded PostgreSQL runs. Read straight from the {@link Environment}
 * because the server must be up before any bean exists.
 *
 * @param dataDirectory the cluster's directory; {@code null} for a throw-away cluster
 * (tests) that is deleted when the JVM exits
 * @param port the fixed TCP port on 127.0.0.1; 0 picks a free one (then only this JVM can
 * find the server)
 * @param unprivilegedUser the operating-system user that runs PostgreSQL when this JVM
 * runs as root, since PostgreSQL refuses to run as root
 */
record EmbeddedDatabaseSettings(Path dataDirectory, int port, String databaseName, String unprivilegedUser) {

	static final String PREFIX = "peerscope.database.embedded.";

	static EmbeddedDatabaseSettings from(Environment environment) {
		String dataDirectory = environment.getProperty(PREFIX + "data-dir", ".peerscope/pgdata");
		return new EmbeddedDatabaseSettings(
				StringUtils.hasText(dataDirectory) ? Path.of(dataDirectory).toAbsolutePath().normalize() : null,
				environment.getProperty(PREFIX + "port", Integer.class, 15432),
				environment.getProperty(PREFIX + "database", "peerscope"),
				environment.getProperty(PREFIX + "run-as-when-root", "nobody"));
	}

	boolean ephemeral() {
		return this.dataDirectory == null;
	}

}
