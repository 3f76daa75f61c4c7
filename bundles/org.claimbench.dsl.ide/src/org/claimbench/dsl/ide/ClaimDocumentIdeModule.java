package org.claimbench.dsl.ide;

import java.util.concurrent.ExecutorService;

import org.claimbench.dsl.ide.contentassist.AttributeValueProposals;
import org.claimbench.dsl.ide.contentassist.UniqueTargetCrossrefProposalProvider;
import org.claimbench.dsl.ide.highlighting.ClaimBenchHighlightingCalculator;
import org.claimbench.dsl.ide.hover.ClaimBenchHoverService;
import org.claimbench.dsl.ide.rename.RecordingRenameService;
import org.claimbench.dsl.ide.quickfix.ClaimDocumentQuickfixes;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;

import com.google.inject.Binder;

/** Ide services of the annotation language (.claims), shared by the language server and the workbench editor. */
public class ClaimDocumentIdeModule extends AbstractClaimDocumentIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ClaimBenchHighlightingCalculator.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return UniqueTargetCrossrefProposalProvider.class;
	}

	@Override
	public void configureExecutorService(Binder binder) {
		binder.bind(ExecutorService.class).toProvider(DaemonExecutorServiceProvider.class);
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return ClaimBenchHoverService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return ClaimDocumentQuickfixes.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return AttributeValueProposals.class;
	}

	/** A rename in a versioned schema is recorded for migration; the document language renames schema elements too. */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return RecordingRenameService.class;
	}
}
