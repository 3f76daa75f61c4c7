package org.claimbench.dsl.scoping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

/**
 * Which project a file belongs to: the rule every front end (workbench, command line, language server)
 * uses to decide which schemas a document can see.
 * <ul>
 * <li>In the workbench ({@code platform:/resource/P/...}) the project is the Eclipse project P.</li>
 * <li>On disk, it is the nearest folder, from the file's own folder upwards, that holds a {@code .project}
 * file (an Eclipse project) or a {@code .claimbench} marker (file or folder), with every folder below it
 * that is not a project of its own. Without a marker up the path, it is the file's own folder alone:
 * walking the whole tree under an unmarked folder (a home folder, say) could take minutes.</li>
 * </ul>
 * So what a document sees depends on where it lies, never on which files a command was given or in
 * which order. Folders are looked up on disk at most once every few seconds, which keeps a long-running
 * server current without asking the file system for every name it resolves.
 */
public final class ProjectRoots {

	/** The names that make a folder a project root. */
	public static final String ECLIPSE_PROJECT_FILE = ".project";
	public static final String MARKER = ".claimbench";

	private static final long FRESH_NANOS = 5_000_000_000L;

	private record Lookup(boolean marked, long at) {
	}

	private static final Map<Path, Lookup> MARKED = new ConcurrentHashMap<>();

	private ProjectRoots() {
	}

	/** True when a document at {@code from} may see the element at {@code target}: both lie in one project. */
	public static boolean sameProject(URI from, URI target) {
		if (from == null || target == null) {
			return true;
		}
		from = from.trimFragment();
		target = target.trimFragment();
		if (!inProject(from) || !inProject(target)) {
			// A resource in memory (a round trip, a resource built in code) or in a bundle belongs to no project:
			// it sees what its resource set holds, and is seen by all, as whoever loaded it intended.
			return true;
		}
		if (from.isPlatformResource() || target.isPlatformResource()) {
			return from.isPlatformResource() && target.isPlatformResource()
					&& from.segmentCount() > 1 && target.segmentCount() > 1 && from.segment(1).equals(target.segment(1));
		}
		Path fromFolder = folderOf(from);
		Path targetFolder = folderOf(target);
		if (fromFolder == null || targetFolder == null) {
			return true;
		}
		Path fromRoot = markedRoot(fromFolder);
		if (fromRoot != null) {
			return fromRoot.equals(markedRoot(targetFolder));
		}
		return targetFolder.equals(fromFolder) && markedRoot(targetFolder) == null;
	}

	private static boolean inProject(URI uri) {
		return uri.isFile() || uri.isPlatformResource();
	}

	/**
	 * The folder that holds the files of this file's project on disk, and whether its subfolders belong
	 * to it too (they do for a marked project, not for an unmarked folder).
	 */
	public static Root rootOf(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		if (folder == null) {
			return null;
		}
		Path marked = markedRoot(folder);
		return marked != null ? new Root(marked, true) : new Root(folder, false);
	}

	/** A project's folder on disk; {@code tree} when the folders below it (unless marked themselves) belong to it. */
	public record Root(Path folder, boolean tree) {
	}

	/** The nearest folder from this one upwards that is marked as a project, or null. */
	public static Path markedRoot(Path folder) {
		for (Path current = folder; current != null; current = current.getParent()) {
			if (isMarked(current)) {
				return current;
			}
		}
		return null;
	}

	/** True when the folder itself is marked as a project root. */
	public static boolean isMarked(Path folder) {
		long now = System.nanoTime();
		Lookup known = MARKED.get(folder);
		if (known != null && now - known.at() < FRESH_NANOS) {
			return known.marked();
		}
		boolean marked = Files.isRegularFile(folder.resolve(ECLIPSE_PROJECT_FILE)) || Files.exists(folder.resolve(MARKER));
		MARKED.put(folder, new Lookup(marked, now));
		return marked;
	}

	private static Path folderOf(URI fileUri) {
		try {
			return Paths.get(fileUri.toFileString()).toAbsolutePath().normalize().getParent();
		} catch (RuntimeException e) {
			return null;
		}
	}
}
