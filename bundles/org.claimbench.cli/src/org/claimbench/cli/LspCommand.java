package org.claimbench.cli;

import java.util.concurrent.Callable;

import org.claimbench.dsl.ide.server.ClaimBenchLanguageServer;

import picocli.CommandLine.Command;

/** Serves both languages over stdio to any editor that speaks the Language Server Protocol. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "Runs the ClaimBench language server on stdin/stdout (diagnostics, completion, formatting,",
				"semantic highlighting for .cbschema and .claims files). Point your editor's LSP client at",
				"`claimbench lsp`; the server ends when the client exits." })
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		ClaimBenchLanguageServer.run(System.in, System.out);
		return ExitCodes.OK;
	}
}
