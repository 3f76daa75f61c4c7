package org.claimbench.ui.sourceeditor.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.claimbench.workspace.internal.model.ProjectModelLoader;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist from Xtext's ide proposal provider: keywords the grammar allows at the cursor and the names
 * a cross-reference can take there (e.g. the schema's kinds after a colon), computed on the current text.
 */
public final class DslCompletionProcessor implements IContentAssistProcessor {

	/** The file the proposals are for; null in the Generic Editor's instance, which asks the viewer's document. */
	private final IFile file;
	private final DslLanguage language;
	private String errorMessage;

	/** Content assist for the Generic Editor, serving whichever file's viewer asks. */
	public DslCompletionProcessor() {
		this(null, null);
	}

	DslCompletionProcessor(IFile file, DslLanguage language) {
		this.file = file;
		this.language = language;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IFile file = this.file != null ? this.file : SourceDocuments.fileOf(viewer.getDocument());
		if (file == null) {
			return new ICompletionProposal[0];
		}
		String text = viewer.getDocument().get();
		// The Generic Editor asks off the UI thread, where the viewer's selection cannot be read.
		Point selection = Display.getCurrent() != null ? viewer.getSelectedRange() : new Point(offset, 0);
		errorMessage = null;
		try {
			return proposals(file, text, offset, new TextRegion(selection.x, selection.y)).toArray(ICompletionProposal[]::new);
		} catch (CoreException | IOException e) {
			errorMessage = "No proposals: " + file.getFullPath() + " could not be read (" + e.getMessage() + ")";
			return new ICompletionProposal[0];
		}
	}

	List<ICompletionProposal> proposals(String text, int offset, TextRegion selection) throws CoreException, IOException {
		return proposals(file, text, offset, selection);
	}

	private static List<ICompletionProposal> proposals(IFile file, String text, int offset, TextRegion selection)
			throws CoreException, IOException {
		DslLanguage language = DslLanguage.of(file);
		XtextResource resource = new ProjectModelLoader().load(file, text);
		ContentAssistContextFactory contexts = language.get(ContentAssistContextFactory.class);
		contexts.setPool(language.get(ExecutorService.class));
		IdeContentProposalAcceptor acceptor = language.get(IdeContentProposalAcceptor.class);
		language.get(IdeContentProposalProvider.class)
				.createProposals(Arrays.asList(contexts.create(text, selection, offset, resource)), acceptor);
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (ContentAssistEntry entry : acceptor.getEntries()) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			String proposal = entry.getProposal();
			String label = entry.getLabel() != null ? entry.getLabel() : proposal;
			if (entry.getDescription() != null) {
				label += " – " + entry.getDescription();
			}
			proposals.add(new CompletionProposal(proposal, offset - prefix.length(), prefix.length(), proposal.length(),
					null, label, null, entry.getDocumentation()));
		}
		return proposals;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
