package org.claimbench.dsl.ide;

import org.claimbench.dsl.ide.contentassist.UniqueTargetCrossrefProposalProvider;
import org.claimbench.dsl.ide.highlighting.ClaimBenchHighlightingCalculator;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/** Ide services of the schema language (.cbschema), shared by the language server and the workbench editor. */
public class ClaimSchemaIdeModule extends AbstractClaimSchemaIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return ClaimBenchHighlightingCalculator.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return UniqueTargetCrossrefProposalProvider.class;
	}
}
