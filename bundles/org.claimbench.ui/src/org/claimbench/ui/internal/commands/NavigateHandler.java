package org.claimbench.ui.internal.commands;

import org.claimbench.ui.internal.editor.AnnotationEditor;
import org.claimbench.ui.internal.editor.AnnotationNavigation;
import org.claimbench.workspace.internal.model.Span;
import org.claimbench.ui.internal.views.Paragraphs.Paragraph;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Annotate > Next Annotation, Previous Annotation and Next Unannotated Paragraph: selects the words, so Claim
 * Details shows what is there and the annotation commands act on them. Which of the three comes from the handler's
 * declaration ({@code NavigateHandler:next}, {@code :previous}, {@code :unannotated}).
 */
public final class NavigateHandler extends AbstractHandler implements IExecutableExtension {

	public static final String NEXT = "org.claimbench.ui.nextAnnotation";
	public static final String PREVIOUS = "org.claimbench.ui.previousAnnotation";
	public static final String UNANNOTATED = "org.claimbench.ui.nextUnannotatedParagraph";

	private String direction = "next";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String given && !given.isBlank()) {
			direction = given.strip();
		}
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
		if (!(part instanceof AnnotationEditor editor) || editor.session().document() == null) {
			return null;
		}
		ITextSelection selection = editor.sourceSelection();
		int length = editor.sourceWidget().getCharCount();
		var document = editor.session().document();
		String nothing;
		switch (direction) {
		case "previous" -> {
			Span span = AnnotationNavigation.previous(document, selection.getOffset(), selection.getLength(), length);
			if (span != null) {
				editor.reveal(span);
				return span;
			}
			nothing = "No annotation before the selection";
		}
		case "unannotated" -> {
			Paragraph paragraph = AnnotationNavigation.nextUnannotatedParagraph(document, editor.session().sourceText(),
					selection.getOffset() + selection.getLength());
			if (paragraph != null) {
				editor.selectWords(paragraph.start(), paragraph.end() - paragraph.start());
				return paragraph;
			}
			nothing = "Every paragraph after the selection has a claim";
		}
		default -> {
			Span span = AnnotationNavigation.next(document, selection.getOffset(), selection.getLength(), length);
			if (span != null) {
				editor.reveal(span);
				return span;
			}
			nothing = "No annotation after the selection";
		}
		}
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(nothing);
		return null;
	}
}
