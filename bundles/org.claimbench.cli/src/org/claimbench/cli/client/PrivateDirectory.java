package org.claimbench.cli.client;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The folder of the server's socket. Whoever can open the socket runs commands as its user, so the
 * folder must belong to this user and be closed to everyone else; anything else is refused.
 */
public final class PrivateDirectory {

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private PrivateDirectory() {
	}

	/** Creates the folder (0700) when it is missing, then {@link #check checks} it. */
	public static void prepare(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			Files.createDirectories(folder.getParent());
			try {
				Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
			} catch (FileAlreadyExistsException e) {
				// Another client or server made it at the same moment; the check below judges it.
			}
		}
		check(folder);
	}

	/** Throws with a sentence for the user unless the folder is this user's own, private, real folder. */
	public static void check(Path folder) throws IOException {
		PosixFileAttributes attributes;
		try {
			attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (UnsupportedOperationException e) {
			throw new IOException("this file system cannot tell who owns " + folder);
		}
		if (!attributes.isDirectory()) {
			throw new IOException(folder + " is not a folder");
		}
		String user = System.getProperty("user.name");
		if (!attributes.owner().getName().equals(user)) {
			throw new IOException(folder + " belongs to " + attributes.owner().getName() + ", not to " + user);
		}
		Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
		open.addAll(attributes.permissions());
		open.retainAll(OTHERS);
		if (!open.isEmpty()) {
			throw new IOException(folder + " is open to other users (" + PosixFilePermissions.toString(attributes.permissions())
					+ "); make it private with: chmod 700 " + folder);
		}
	}
}
