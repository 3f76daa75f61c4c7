package org.claimbench.ui.internal.curation;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The coders' versions of one statement and the gold document curating them writes: what the curation
 * editor opens. Two inputs with the same gold are the same curation, so a second open finds the first editor.
 */
public final class CurationInput implements IEditorInput {

	private final List<IFile> versions;
	private final IFile gold;
	private final String documentName;

	public CurationInput(List<IFile> versions, IFile gold, String documentName) {
		this.versions = List.copyOf(versions);
		this.gold = gold;
		this.documentName = documentName;
	}

	/** The coders' documents, in file name order: the first is the one the gold starts from. */
	public List<IFile> versions() {
		return versions;
	}

	public IFile gold() {
		return gold;
	}

	/** The gold's document name ({@code document ...}), distinct from every version's. */
	public String documentName() {
		return documentName;
	}

	@Override
	public boolean exists() {
		return versions.stream().allMatch(IFile::exists);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return gold.getName();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return "Curating " + String.join(", ", versions.stream().map(IFile::getName).toList()) + " into " + gold.getFullPath();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter == IFile.class ? adapter.cast(gold) : null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurationInput input && input.gold.equals(gold);
	}

	@Override
	public int hashCode() {
		return gold.hashCode();
	}
}
