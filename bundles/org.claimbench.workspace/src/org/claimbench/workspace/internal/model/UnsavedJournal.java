package org.claimbench.workspace.internal.model;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.claimbench.core.io.AtomicFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;

/**
 * The unsaved text of each dirty annotation editor, kept in the workspace's metadata so that a workbench that dies
 * (killed, out of memory, power cut) loses at most the last pause in editing. Entries are written through
 * {@link AtomicFiles} (the reliability tests kill a JVM writing through it): an entry is the previous one or the
 * new one, never half of each. An entry records what the file held when its edits began, so that it is never restored over a file that
 * changed since without asking.
 */
public final class UnsavedJournal {

	private static final String MAGIC = "claimbench-unsaved 1";
	private static final String SUFFIX = ".unsaved";

	private final Path folder;

	public UnsavedJournal(Path folder) {
		this.folder = folder;
	}

	/**
	 * The journal of this workspace: {@code .metadata/.plugins/org.claimbench.ui/unsaved}. It stays in the folder of
	 * the ui bundle, which wrote it before this class moved here, so that text kept by a workbench that died before
	 * an update is still offered after it.
	 */
	public static UnsavedJournal ofWorkspace() {
		return new UnsavedJournal(Platform.getStateLocation(FrameworkUtil.getBundle(UnsavedJournal.class)).toPath()
				.resolveSibling("org.claimbench.ui").resolve("unsaved"));
	}

	/** One file's unsaved text, and a fingerprint of the file's text it was edited from. */
	public record Entry(String fullPath, String savedFingerprint, String text, Path stored) {
	}

	/** Keeps the unsaved text of the file, edited from {@code savedText}, replacing the file's previous entry. */
	public void record(IFile file, String text, String savedText) throws IOException {
		Files.createDirectories(folder);
		AtomicFiles.write(entryFile(file.getFullPath().toString()), (MAGIC + "\n" + file.getFullPath() + "\n"
				+ fingerprint(savedText) + "\n" + text).getBytes(StandardCharsets.UTF_8));
	}

	/** Drops the file's entry: it was saved, or its edits were dropped on purpose. */
	public void forget(IFile file) {
		try {
			Files.deleteIfExists(entryFile(file.getFullPath().toString()));
		} catch (IOException e) {
			ILog.of(UnsavedJournal.class).warn("Cannot remove the unsaved-text journal entry of " + file.getFullPath(), e);
		}
	}

	/** The entries left, e.g. by a workbench that did not close; unreadable or foreign files are skipped. */
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return entries;
		}
		try (DirectoryStream<Path> stored = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
			for (Path each : stored) {
				String content = Files.readString(each, StandardCharsets.UTF_8);
				String[] head = content.split("\n", 4);
				if (head.length == 4 && head[0].equals(MAGIC)) {
					entries.add(new Entry(head[1], head[2], head[3], each));
				}
			}
		} catch (IOException e) {
			ILog.of(UnsavedJournal.class).warn("Cannot read the unsaved-text journal in " + folder, e);
		}
		return entries;
	}

	/** Removes an entry once it was restored or declined. */
	public void remove(Entry entry) throws IOException {
		Files.deleteIfExists(entry.stored());
	}

	/** Whether the text is the one the entry's edits began from. */
	public static boolean editedFrom(Entry entry, String text) {
		return entry.savedFingerprint().equals(fingerprint(text));
	}

	private Path entryFile(String fullPath) {
		return folder.resolve(URLEncoder.encode(fullPath, StandardCharsets.UTF_8) + SUFFIX);
	}

	private static String fingerprint(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
