package org.peerscope.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user PostgreSQL runs as. PostgreSQL refuses to run as root, so when this JVM is
 * root (containers, CI machines) the server's commands run through {@code setpriv} as an
 * unprivileged user that owns the data directory.
 */
final class OperatingSystemUser {

	private final String name;

	private final String uid;

	private final String gid;

	private OperatingSystemUser(String name, String uid, String gid) {
		this.name = name;
		this.uid = uid;
		this.gid = gid;
	}

	static OperatingSystemUser forServer(String unprivilegedUser) throws IOException {
		if (!isRoot()) {
			return new OperatingSystemUser(null, null, null);
		}
		return new OperatingSystemUser(unprivilegedUser, idOf(unprivilegedUser, "-u"), idOf(unprivilegedUser, "-g"));
	}

	List<String> command(List<String> command) {
		if (this.name == null) {
			return command;
		}
		List<String> dropped = new ArrayList<>(
				List.of("setpriv", "--reuid=" + this.uid, "--regid=" + this.gid, "--clear-groups", "--"));
		dropped.addAll(command);
		return dropped;
	}

	void takeOwnership(Path directory) throws IOException {
		if (this.name == null) {
			return;
		}
		UserPrincipal owner = directory.getFileSystem()
			.getUserPrincipalLookupService()
			.lookupPrincipalByName(this.name);
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Files.setOwner(path, owner);
			}
		}
	}

	String hint(Path dataDirectory) {
		if (this.name == null) {
			return "";
		}
		return "\nRunning as root, so PostgreSQL runs as '" + this.name + "': every directory above " + dataDirectory
				+ " must be searchable by that user (or set peerscope.database.embedded.data-dir elsewhere, "
				+ "or peerscope.database.embedded.run-as-when-root to another user).";
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name")) && !System.getProperty("os.name").startsWith("Windows");
	}

	private static String idOf(String user, String flag) throws IOException {
		Process process = new ProcessBuilder("id", flag, user).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes()).trim();
			if (process.waitFor() != 0 || !output.matches("[0-9]+")) {
				throw new IOException("Running as root, and the user '" + user
						+ "' that PostgreSQL should run as does not exist: " + output);
			}
			return output;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
