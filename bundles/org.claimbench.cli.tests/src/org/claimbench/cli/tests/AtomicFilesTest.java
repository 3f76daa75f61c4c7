package org.claimbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.claimbench.core.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that fails half-way never leaves a half-written file in place of the old one. */
class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void failureHalfWayKeepsTheOldFileAndCleansUp() throws IOException {
		Path target = Sample.write(folder.resolve("export.xmi"), "old complete content");
		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
			out.write("new but only half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", failure.getMessage());
		assertEquals("old complete content", Files.readString(target));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void successReplacesTheWholeFile() throws IOException {
		Path target = Sample.write(folder.resolve("export.xmi"), "old content that is longer than the new");
		AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(target));
	}

	@Test
	void replacedFileKeepsItsPermissions() throws IOException {
		Path target = Sample.write(folder.resolve("edd.claims"), "old");
		Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(target, shared);
		AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals(shared, Files.getPosixFilePermissions(target));
	}

	@Test
	void newFileGetsTheUsersDefaultPermissionsNotPrivateOnes() throws IOException {
		Path plain = Files.createFile(folder.resolve("plain.json"));
		Path written = folder.resolve("export.json");
		AtomicFiles.write(written, "{}".getBytes(StandardCharsets.UTF_8));
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
	}
}
