package org.claimbench.ui.internal.source;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;

/**
 * Wires the DSL services into the text viewer: lexical colouring, content assist and Quick Fix on problem
 * markers. Marker hovers come from the text editor's defaults.
 */
final class DslSourceViewerConfiguration extends TextSourceViewerConfiguration {

	private final DslLanguage language;
	private final DslCompletionProcessor completions;

	DslSourceViewerConfiguration(IFile file, DslLanguage language, IPreferenceStore preferences) {
		super(preferences);
		this.language = language;
		this.completions = new DslCompletionProcessor(file, language);
	}

	@Override
	public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
		PresentationReconciler reconciler = new PresentationReconciler();
		DefaultDamagerRepairer lexical = new DefaultDamagerRepairer(new LexicalScanner(language)) {
			// A quote or comment typed on one line can change the colours of all the lines after it.
			@Override
			public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean changed) {
				return new Region(0, event.getDocument().getLength());
			}
		};
		reconciler.setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		reconciler.setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		return reconciler;
	}

	@Override
	public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
		ContentAssistant assistant = new ContentAssistant();
		assistant.setContentAssistProcessor(completions, IDocument.DEFAULT_CONTENT_TYPE);
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		assistant.enableAutoInsert(false);
		return assistant;
	}

	/** Replaces the text editor's spelling quick assist: Ctrl+1 offers the fixes of the markers on the line. */
	@Override
	public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
		QuickAssistAssistant assistant = new QuickAssistAssistant();
		assistant.setQuickAssistProcessor(new MarkerQuickAssistProcessor());
		assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
		return assistant;
	}

	DslCompletionProcessor completions() {
		return completions;
	}
}
