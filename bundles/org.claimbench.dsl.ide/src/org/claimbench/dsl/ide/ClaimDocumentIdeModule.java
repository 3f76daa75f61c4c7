package org.claimbench.dsl.ide;

import java.util.concurrent.ExecutorService;

import org.claimbench.dsl.ide.contentassist.UniqueTargetCrossrefProposalProvider;
import org.claimbench.dsl.ide.highlighting.ClaimBenchHighlightingCalculator;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

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
}
