package org.claimbench.cli;

/** Entry point of the {@code claimbench} command on a flat class path (the product's plugins/*.jar). */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(ClaimBenchCommand.commandLine(Progress.whenTerminal()).execute(args));
	}
}
