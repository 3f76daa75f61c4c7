package org.claimbench.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;

/** The unsaved annotations beside the file's version on disk, in the workbench's compare editor; neither side editable. */
public final class VersionsCompareInput extends CompareEditorInput {

	private final String unsaved;
	private final String onDisk;

	VersionsCompareInput(String fileName, String unsaved, String onDisk) {
		super(configuration());
		this.unsaved = unsaved;
		this.onDisk = onDisk;
		setTitle(fileName + ": unsaved annotations and the file on disk");
	}

	private static CompareConfiguration configuration() {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel("Your unsaved annotations");
		configuration.setRightLabel("The file on disk now");
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		return new DiffNode(null, Differencer.CHANGE, null, new Version("unsaved", unsaved), new Version("on disk", onDisk));
	}

	/** One side: a named text, typed as plain text so the compare editor shows it line by line. */
	private record Version(String name, String text) implements ITypedElement, IEncodedStreamContentAccessor {

		@Override
		public String getName() {
			return name;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}
