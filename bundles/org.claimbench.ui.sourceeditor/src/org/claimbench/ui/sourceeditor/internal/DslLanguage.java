package org.claimbench.ui.sourceeditor.internal;

import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;

import com.google.inject.Injector;

/** The two ClaimBench languages as the source editor sees them: each with the ide services of its own injector. */
public enum DslLanguage {

	SCHEMA(ProjectModelLoader.SCHEMA_EXTENSION), DOCUMENT(ProjectModelLoader.DOCUMENT_EXTENSION);

	private final String extension;

	DslLanguage(String extension) {
		this.extension = extension;
	}

	/** The language of the file, or null when the file is neither a schema nor an annotation document. */
	public static DslLanguage of(IFile file) {
		for (DslLanguage language : values()) {
			if (language.extension.equals(file.getFileExtension())) {
				return language;
			}
		}
		return null;
	}

	/** The file extension of the language's files, without the dot. */
	public String extension() {
		return extension;
	}

	/** Runtime and ide services together, the same injector that parses the language's resources. */
	public Injector injector() {
		return ProjectModelLoader.injector(extension);
	}

	public <T> T get(Class<T> service) {
		return injector().getInstance(service);
	}
}
