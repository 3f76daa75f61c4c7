package org.claimbench.cli;

import org.claimbench.cli.client.Terminal;

/** Entry point of the {@code claimbench} command on a flat class path (the product's plugins/*.jar). */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		Terminal terminal = Terminal.ofThisProcess();
		int exitCode;
		try {
			exitCode = ClaimBenchCommand.withColors(
					ClaimBenchCommand.commandLine(new Progress(terminal.stderr()), WorkingDirectory.ofThisProcess()),
					terminal.colors()).execute(args);
		} catch (OutOfMemoryError e) {
			// Said in a line, not a stack trace: what was loaded is garbage now, so the line can still be printed.
			System.err.println("claimbench: out of memory; give it more with JAVA_TOOL_OPTIONS=-Xmx4g (or split the input)");
			exitCode = ExitCodes.USAGE_OR_IO;
		}
		System.exit(exitCode);
	}
}
