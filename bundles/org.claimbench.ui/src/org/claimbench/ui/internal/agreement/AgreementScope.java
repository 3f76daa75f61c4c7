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
 * source text, as curation finds them), or every statement of a project or folder ({@code statement} null), as
 * {@code claimbench agree} measures the folder.
 */
public record AgreementScope(String statement, IContainer container, List<IFile> versions) {

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
		return new AgreementScope(statement.gold().getName().replace(StatementFiles.GOLD_SUFFIX, ""), file.getParent(), statement.versions());
	}

	/** Every statement of the project or folder. */
	public static AgreementScope ofAll(IContainer container) {
		return new AgreementScope(null, container, List.of());
	}

	public boolean isOneStatement() {
		return statement != null;
	}

	/** What is measured, in words. */
	public String description() {
		return isOneStatement() ? statement + ": " + versions.size() + " coders' versions in " + container.getFullPath()
				: "every statement of " + container.getFullPath().makeRelative();
	}

	/** Why the scope cannot be measured before anything is read, or null. */
	String problem() {
		if (!isOneStatement() || versions.size() > 1) {
			return null;
		}
		return (versions.isEmpty() ? "No coder's document codes " : "Only one coder's document, " + versions.get(0).getName() + ", codes ")
				+ statement + " in " + container.getFullPath() + ". Agreement compares several coders' documents over the same"
				+ " source text (see the user guide, \"Team work\").";
	}

	/** The files or the folder, as the command line is given them. */
	List<Path> paths() {
		if (!isOneStatement()) {
			return container.getLocation() == null ? List.of() : List.of(container.getLocation().toPath());
		}
		return versions.stream().filter(f -> f.getLocation() != null).map(f -> f.getLocation().toPath()).toList();
	}
}
