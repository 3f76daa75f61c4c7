package org.claimbench.ui.internal.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.claimbench.ui.internal.curation.CurationInput;
import org.claimbench.ui.internal.curation.StatementFiles;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;

/**
 * What Measure Agreement measures: the coders' versions of one statement (found from one of them or from its
 * source text, as curation finds them), or every statement of a project or folder, as {@code claimbench agree}
 * measures the folder.
 */
public record AgreementScope(String description, IContainer container, List<IFile> versions) {

	/** The scope the selected resource stands for; null when it stands for none (a file of another kind). */
	public static AgreementScope of(IResource resource) throws IOException {
		if (resource instanceof IContainer container) {
			return ofAll(container);
		}
		if (!(resource instanceof IFile file)) {
			return null;
		}
		CurationInput statement = "claims".equals(file.getFileExtension()) ? StatementFiles.of(file)
				: "txt".equals(file.getFileExtension()) ? StatementFiles.ofText(file) : null;
		if (statement == null) {
			return null;
		}
		String text = statement.gold().getName().replace(StatementFiles.GOLD_SUFFIX, "");
		return new AgreementScope(text + ": " + statement.versions().size() + " coders' versions in " + file.getParent().getFullPath(),
				file.getParent(), statement.versions());
	}

	/** Every statement of the project or folder. */
	public static AgreementScope ofAll(IContainer container) {
		return new AgreementScope("every statement of " + container.getFullPath().makeRelative(), container, List.of());
	}

	public boolean isOneStatement() {
		return !versions.isEmpty();
	}

	/** The files or the folder, as the command line is given them. */
	List<Path> paths() {
		if (versions.isEmpty()) {
			return container.getLocation() == null ? List.of() : List.of(container.getLocation().toPath());
		}
		return versions.stream().filter(f -> f.getLocation() != null).map(f -> f.getLocation().toPath()).toList();
	}
}
