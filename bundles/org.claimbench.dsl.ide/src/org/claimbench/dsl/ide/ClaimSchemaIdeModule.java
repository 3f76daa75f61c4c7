package org.claimbench.dsl.ide;

import java.util.concurrent.ExecutorService;

import org.claimbench.dsl.ide.contentassist.UniqueTargetCrossrefProposalProvider;
import org.claimbench.dsl.ide.highlighting.ClaimBenchHighlightingCalculator;
import org.claimbench.dsl.ide.hover.ClaimBenchHoverService;
import org.claimbench.dsl.ide.rename.RecordingRenameService;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;

import com.google.inject.Binder;

/** Ide services of the schema language (.cbschema), shared by the language server and the workbench editor. */
public class ClaimSchemaIdeModule extends AbstractClaimSchemaIdeModule {

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

	/** A rename in a versioned schema is recorded for migration; the document language renames schema elements too. */
	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return RecordingRenameService.class;
	}
}
