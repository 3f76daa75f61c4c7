package org.claimbench.ui.sourceeditor.internal;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Go to definition (F3, or Ctrl+click): a name that refers to a kind, attribute, enum member, actor or claim
 * leads to its declaration, in the schema, the actor register or another document of the project.
 */
public final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IFile file = SourceDocuments.fileOf(viewer.getDocument());
		if (file == null) {
			return null;
		}
		try {
			LanguageServices services = LanguageServices.on(file, viewer.getDocument().get());
			LanguageServices.Target target = services.definition(region.getOffset());
			if (target == null) {
				return null;
			}
			IRegion word = services.nameAt(region.getOffset());
			return new IHyperlink[] { new DefinitionLink(word == null ? new Region(region.getOffset(), 0) : word, target) };
		} catch (CoreException | IOException | RuntimeException e) {
			return null;
		}
	}

	/** Opens the declaration's file in the source editor and selects the declared name. */
	static IEditorPart open(LanguageServices.Target target) throws PartInitException {
		IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
				target.file(), SourceEditor.idFor(target.file()));
		if (editor instanceof ITextEditor text) {
			text.selectAndReveal(target.region().getOffset(), target.region().getLength());
		}
		return editor;
	}

	private record DefinitionLink(IRegion getHyperlinkRegion, LanguageServices.Target target) implements IHyperlink {

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration in " + target.file().getName();
		}

		@Override
		public void open() {
			try {
				DefinitionHyperlinkDetector.open(target);
			} catch (PartInitException e) {
				PlatformUI.getWorkbench().getDisplay().beep();
			}
		}
	}
}
