package org.claimbench.ui.internal.editor;

import java.util.ListResourceBundle;
import java.util.ResourceBundle;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.FindReplaceDocumentAdapter;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IFindReplaceTarget;
import org.eclipse.jface.text.IFindReplaceTargetExtension3;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;

/**
 * Find in the annotation editor's source text. The text is read-only (anchors point into it), so Replace is
 * refused; a match is selected through the editor's selection provider, like words the user selected.
 */
final class SourceFindTarget implements IFindReplaceTarget, IFindReplaceTargetExtension3 {

	private final StyledText text;
	private final IDocument document;
	private final SourceSelectionProvider selection;

	SourceFindTarget(StyledText text, IDocument document, SourceSelectionProvider selection) {
		this.text = text;
		this.document = document;
		this.selection = selection;
	}

	/** The labels of the Find action, which reads them from a resource bundle. */
	static ResourceBundle actionTexts() {
		return new ListResourceBundle() {
			@Override
			protected Object[][] getContents() {
				return new Object[][] { { "find.label", "&Find..." }, { "find.tooltip", "Find in the source text" },
						{ "find.description", "Finds words in the statement's source text" } };
			}
		};
	}

	@Override
	public boolean canPerformFind() {
		return !text.isDisposed() && document.getLength() > 0;
	}

	@Override
	public int findAndSelect(int widgetOffset, String findString, boolean searchForward, boolean caseSensitive,
			boolean wholeWord) {
		return findAndSelect(widgetOffset, findString, searchForward, caseSensitive, wholeWord, false);
	}

	@Override
	public int findAndSelect(int offset, String findString, boolean searchForward, boolean caseSensitive,
			boolean wholeWord, boolean regExSearch) {
		if (findString == null || findString.isEmpty()) {
			return -1;
		}
		int start = offset >= 0 ? offset : searchForward ? 0 : Math.max(0, document.getLength() - 1);
		try {
			IRegion match = new FindReplaceDocumentAdapter(document).find(start, findString, searchForward,
					caseSensitive, wholeWord && !regExSearch, regExSearch);
			if (match == null) {
				return -1;
			}
			selection.setSelection(new TextSelection(document, match.getOffset(), match.getLength()));
			return match.getOffset();
		} catch (BadLocationException e) {
			return -1;
		}
	}

	@Override
	public Point getSelection() {
		return text.getSelectionRange();
	}

	@Override
	public String getSelectionText() {
		return text.getSelectionText();
	}

	@Override
	public boolean isEditable() {
		return false;
	}

	@Override
	public void replaceSelection(String replacement) {
		throw new UnsupportedOperationException("The source text is read-only: annotations are anchored to it");
	}

	@Override
	public void replaceSelection(String replacement, boolean regExReplace) {
		replaceSelection(replacement);
	}
}
