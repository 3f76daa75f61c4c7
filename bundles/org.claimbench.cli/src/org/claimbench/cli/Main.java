package org.claimbench.cli;

import org.claimbench.cli.client.Terminal;

/** Entry point of the {@code claimbench} command on a flat class path (the product's plugins/*.jar). */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		Terminal terminal = Terminal.ofThisProcess();
		System.exit(ClaimBenchCommand.withColors(
				ClaimBenchCommand.commandLine(new Progress(terminal.stderr()), WorkingDirectory.ofThisProcess()),
				terminal.colors()).execute(args));
	}
}
