package org.claimbench.workspace.internal.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.claimbench.core.ProjectContext;
import org.claimbench.workspace.internal.model.FileText;
import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;

/**
 * The ClaimBench files of a project as one build sees them: its schemas, its actor registers (which every document
 * links against, so every resource set loads them) and its documents, and whether any document names another
 * file's elements (then documents link through an index of what every file exports). Found once per build, as
 * {@code claimbench validate} finds them once per run, rather than once per validated file.
 */
record ProjectFiles(List<IFile> schemas, List<IFile> registers, List<IFile> documents, boolean crossReferences) {

	static ProjectFiles of(IProject project) throws CoreException {
		List<IFile> schemas = ProjectModelLoader.files(project, ProjectModelLoader.SCHEMA_EXTENSION);
		List<IFile> documents = ProjectModelLoader.files(project, ProjectModelLoader.DOCUMENT_EXTENSION);
		List<IFile> registers = new ArrayList<>();
		boolean crossReferences = false;
		for (IFile document : documents) {
			String text = text(document);
			if (ProjectContext.isRegister(text)) {
				registers.add(document);
			} else if (!crossReferences && ProjectContext.refersToOtherFiles(text)) {
				crossReferences = true;
			}
		}
		return new ProjectFiles(List.copyOf(schemas), List.copyOf(registers), List.copyOf(documents), crossReferences);
	}

	/**
	 * The files after a change: the changed ones read again (a document may have become a register, or started to
	 * name another file's elements), the removed ones left out. Whether documents name each other is not taken back
	 * until the next full build: an index that is not needed costs a little time, never a wrong link.
	 */
	ProjectFiles with(Collection<IFile> changed, Collection<URI> removed) {
		List<IFile> schemas = new ArrayList<>(this.schemas);
		List<IFile> registers = new ArrayList<>(this.registers);
		List<IFile> documents = new ArrayList<>(this.documents);
		for (List<IFile> files : List.of(schemas, registers, documents)) {
			files.removeIf(file -> removed.contains(ProjectModelLoader.uri(file)) || changed.contains(file));
		}
		boolean crossReferences = this.crossReferences;
		for (IFile file : changed) {
			if (ProjectModelLoader.SCHEMA_EXTENSION.equals(file.getFileExtension())) {
				schemas.add(file);
				continue;
			}
			documents.add(file);
			String text = text(file);
			if (ProjectContext.isRegister(text)) {
				registers.add(file);
			} else if (ProjectContext.refersToOtherFiles(text)) {
				crossReferences = true;
			}
		}
		return new ProjectFiles(List.copyOf(schemas), List.copyOf(registers), List.copyOf(documents), crossReferences);
	}

	/** What every resource set of the build loads before the files it validates: the schemas and the registers. */
	List<IFile> shared() {
		List<IFile> shared = new ArrayList<>(schemas);
		shared.addAll(registers);
		return shared;
	}

	/** Every schema and document, the schemas first. */
	List<IFile> all() {
		List<IFile> all = new ArrayList<>(schemas);
		all.addAll(documents);
		return all;
	}

	private static String text(IFile file) {
		try {
			return FileText.read(file);
		} catch (CoreException | IOException e) {
			return ""; // unreadable: its own validation says so
		}
	}
}
