package org.claimbench.ui.sourceeditor.internal;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;

/**
 * Lexical colouring for the Generic Editor, one per viewer. Declared once per language in plugin.xml, with
 * the file extension after the class name ({@code DslPresentationReconciler:claims}).
 */
public final class DslPresentationReconciler extends PresentationReconciler implements IExecutableExtension {

	public DslPresentationReconciler() {
	}

	DslPresentationReconciler(DslLanguage language) {
		configure(language);
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		configure(DslLanguage.SCHEMA.extension().equals(data) ? DslLanguage.SCHEMA : DslLanguage.DOCUMENT);
	}

	private void configure(DslLanguage language) {
		LexicalDamagerRepairer lexical = new LexicalDamagerRepairer(language);
		setDamager(lexical, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(lexical, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
