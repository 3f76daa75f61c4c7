package org.claimbench.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Writes a file so that readers only ever see the old or the complete new content: the bytes
 * go to a temporary file in the same folder, are forced to disk, and then replace the target
 * with one atomic rename.
 */
public final class AtomicFiles {

	/** Produces the content of the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final Random RANDOM = new SecureRandom();

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		FileChannel opened = null;
		Path temporary = null;
		while (opened == null) {
			// Not Files.createTempFile: that makes the file private (0600), and a rename would then
			// take away the group and others' read access an export or a saved document had.
			temporary = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
			try {
				opened = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			} catch (FileAlreadyExistsException e) {
				// another writer's temporary file; draw another name
			}
		}
		try {
			keepPermissions(absolute, temporary);
			try (FileChannel channel = opened) {
				OutputStream out = Channels.newOutputStream(channel);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				throw new IOException("cannot replace " + absolute + " atomically on this file system", e);
			}
		} finally {
			opened.close();
			Files.deleteIfExists(temporary);
		}
	}

	/** A replaced file keeps its permissions; a new one gets the user's default (umask). */
	private static void keepPermissions(Path target, Path temporary) throws IOException {
		if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
		}
	}
}
