package org.claimbench.ui.internal.curation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimbench.dsl.source.StatementVersions;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;

/**
 * Finds the coders' versions of the statement a {@code .claims} file codes, by the project's convention: the
 * documents beside it over the same source text (the gold, {@code status curated}, is no coder's). The gold
 * is the curated document among them, else {@code <source text's name>.gold.claims} beside them.
 */
public final class StatementFiles {

	public static final String GOLD_SUFFIX = org.claimbench.dsl.source.StatementVersions.GOLD_SUFFIX;

	private StatementFiles() {
	}

	/** The curation of the file's statement, or null when the file names no source text. */
	public static CurationInput of(IFile file) throws IOException {
		Path location = file.getLocation() == null ? null : file.getLocation().toPath();
		if (location == null) {
			return null;
		}
		String source = StatementVersions.sourceOf(location);
		return source == null ? null : of(file.getParent(), location, source);
	}

	/** The curation of the statement of that source text (a file beside its documents), or null when it has no location. */
	public static CurationInput ofText(IFile text) throws IOException {
		return text.getLocation() == null ? null : of(text.getParent(), text.getLocation().toPath(), text.getName());
	}

	/** {@code location} is any file of the folder; {@code source} names the text as seen from it. */
	private static CurationInput of(IContainer folder, Path location, String source) throws IOException {
		String stem = Path.of(source).getFileName().toString().replaceFirst("\\.[^.]*$", "");
		List<IFile> versions = new ArrayList<>();
		IFile gold = null;
		for (StatementVersions.Version version : StatementVersions.beside(location, source)) {
			IFile member = folder.getFile(IPath.fromOSString(version.file().getFileName().toString()));
			// A gold saved while disputes were open is a draft, but still no coder's version.
			if (version.curated() || member.getName().equals(stem + GOLD_SUFFIX)) {
				gold = gold == null ? member : gold;
			} else {
				versions.add(member);
			}
		}
		if (gold == null) {
			gold = folder.getFile(IPath.fromOSString(stem + GOLD_SUFFIX));
		}
		return new CurationInput(versions, gold, StatementVersions.goldDocumentName(source));
	}
}
