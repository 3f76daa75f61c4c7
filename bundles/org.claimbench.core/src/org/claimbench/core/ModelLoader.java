package org.claimbench.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.claimbench.core.io.Utf8Text;
import org.claimbench.dsl.scoping.ProjectRoots;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * Loads schema and annotation files, and folders of them (recursively), into one Xtext resource
 * set so that documents link to schemas in other files. The schemas and registers of each named
 * file's project ({@link ProjectContext}) are loaded too, so that {@code validate statement.claims}
 * finds its schema; which of them a file may use is the scope's business, not the order the files
 * were named in.
 */
public class ModelLoader {

	/**
	 * The largest schema or annotation file read. Parsing keeps a node model of many times the
	 * text's size, so a bigger file would exhaust memory instead of giving a message; annotations
	 * of one statement are far smaller.
	 */
	public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

	private IntConsumer progress = done -> {
	};

	/** Told the number of files parsed so far, after each one. */
	public ModelLoader onProgress(IntConsumer listener) {
		this.progress = listener;
		return this;
	}

	/** The files that {@link #load} will parse for these paths, in that order. */
	public List<Path> collect(List<Path> paths, List<Diagnostic> problems) {
		Set<Path> files = new LinkedHashSet<>();
		for (Path path : paths) {
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> !isHidden(path, p)).filter(Files::isRegularFile).filter(p -> ClaimBenchLanguages.isModelFile(p.toString()))
							.sorted().forEach(p -> files.add(p.normalize()));
				} catch (IOException e) {
					problems.add(Diagnostic.ofFile(path, ProblemCodes.UNREADABLE_FILE, "cannot list folder: " + reason(e)));
				}
			} else if (!Files.exists(path)) {
				problems.add(Diagnostic.ofFile(path, ProblemCodes.MISSING_FILE, "no such file or folder"));
			} else if (!ClaimBenchLanguages.isModelFile(path.getFileName().toString())) {
				problems.add(Diagnostic.ofFile(path, ProblemCodes.UNKNOWN_EXTENSION,
						"unknown file type; expected ." + ClaimBenchLanguages.SCHEMA_EXTENSION + " or ."
								+ ClaimBenchLanguages.DOCUMENT_EXTENSION));
			} else {
				files.add(path.normalize());
			}
		}
		return List.copyOf(files);
	}

	/** Hidden folders (.git, .metadata, editor backups) hold copies and caches, not the files a user means. */
	private static boolean isHidden(Path root, Path file) {
		for (Path part : root.relativize(file)) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	public LoadedModel load(List<Path> paths) {
		List<Diagnostic> problems = new ArrayList<>();
		List<Path> files = collect(paths, problems);
		XtextResourceSet resourceSet = ClaimBenchLanguages.newResourceSet();
		List<Resource> requested = new ArrayList<>();
		List<Path> loadedFiles = new ArrayList<>();
		int done = 0;
		for (Path file : files) {
			Resource resource = loadFile(resourceSet, file, problems);
			if (resource != null) {
				requested.add(resource);
				loadedFiles.add(file);
			}
			progress.accept(++done);
		}
		ProjectContext.of(files).install(resourceSet);
		EcoreUtil.resolveAll(resourceSet);
		return new LoadedModel(resourceSet, requested, loadedFiles, problems);
	}

	/**
	 * The files with the given extension in the projects the files belong to ({@link ProjectRoots}), the
	 * files themselves included: what a document or schema may import, use or refer to, wherever it was
	 * named from.
	 */
	public static List<Path> projectFiles(List<Path> files, String extension) {
		Set<Path> found = new LinkedHashSet<>();
		Set<Path> listed = new HashSet<>();
		for (Path file : files) {
			ProjectRoots.Root root = ProjectRoots.rootOf(file);
			// Each project once: a folder of a thousand documents was listed a thousand times.
			if (root != null && listed.add(root.folder())) {
				found.addAll(filesIn(root, "." + extension));
			}
		}
		return List.copyOf(found);
	}

	private static List<Path> filesIn(ProjectRoots.Root root, String suffix) {
		List<Path> found = new ArrayList<>();
		try {
			Files.walkFileTree(root.folder(), new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					if (dir.equals(root.folder())) {
						return FileVisitResult.CONTINUE;
					}
					boolean ownProject = ProjectRoots.isMarked(dir);
					return !root.tree() || ownProject || dir.getFileName().toString().startsWith(".")
							? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					if (attrs.isRegularFile() && file.toString().endsWith(suffix)) {
						found.add(file.toAbsolutePath().normalize());
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					// Only context; a document that needs an unreadable file reports the missing link.
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			// As above: what is missing shows as an unresolved name where it is used.
		}
		found.sort(null);
		return found;
	}

	/** Parses one file into the set (not linked yet); null, with a problem added, when it cannot be read. */
	public static Resource loadFile(XtextResourceSet resourceSet, Path file, List<Diagnostic> problems) {
		URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
		if (resourceSet.getResource(uri, false) != null) {
			return null;
		}
		String text;
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				problems.add(Diagnostic.ofFile(file, ProblemCodes.TOO_LARGE, "the file is " + megabytes(size)
						+ ", more than the " + megabytes(MAX_FILE_BYTES) + " ClaimBench reads; split it into several documents"));
				return null;
			}
			text = Utf8Text.read(file);
		} catch (Utf8Text.NotUtf8Exception e) {
			problems.add(Diagnostic.ofFile(file, ProblemCodes.NOT_UTF8, "the file is " + e.getMessage()));
			return null;
		} catch (IOException e) {
			problems.add(Diagnostic.ofFile(file, ProblemCodes.UNREADABLE_FILE, "cannot read the file: " + reason(e)));
			return null;
		}
		Resource resource = resourceSet.createResource(uri);
		try {
			// Xtext parses a LazyStringInputStream's text as it is, without encoding and decoding it again.
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			problems.add(Diagnostic.ofFile(file, ProblemCodes.UNREADABLE_FILE, "cannot parse the file: " + reason(e)));
			resourceSet.getResources().remove(resource);
			return null;
		}
		return resource;
	}

	static String megabytes(long bytes) {
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	static String reason(IOException e) {
		if (e instanceof NoSuchFileException) {
			return "no such file";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
