package org.claimbench.dsl.ide.server;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server with what editors expect of ClaimBench: diagnostics that say they come from
 * ClaimBench and carry the issue data a code action needs, and no capability announced that answers nothing.
 */
public class ClaimBenchLanguageServerImpl extends LanguageServerImpl {

	static final String SOURCE = "claimbench";

	@Override
	protected Diagnostic toDiagnostic(Issue issue) {
		Diagnostic diagnostic = super.toDiagnostic(issue);
		diagnostic.setSource(SOURCE);
		if (diagnostic.getData() == null && issue.getData() != null && issue.getData().length > 0) {
			diagnostic.setData(issue.getData());
		}
		return diagnostic;
	}

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		ServerCapabilities capabilities = super.createServerCapabilities(params);
		// Neither language has calls with parameters: signature help would always be empty.
		capabilities.setSignatureHelpProvider(null);
		return capabilities;
	}
}
