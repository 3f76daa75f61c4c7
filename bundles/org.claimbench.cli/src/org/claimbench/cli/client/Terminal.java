package org.claimbench.cli.client;

import java.io.Console;

/**
 * What the user's process is attached to: decides progress on stderr and colours in help and
 * usage errors. The client sends it to the server, whose own streams lead nowhere.
 */
public record Terminal(boolean stdout, boolean stderr, boolean colors) {

	/** Java sees one console for stdin and stdout together; it stands for stderr too, as it always has here. */
	public static Terminal ofThisProcess() {
		boolean interactive = isTerminal(System.console());
		return new Terminal(interactive, interactive, interactive && System.getenv("NO_COLOR") == null);
	}

	private static boolean isTerminal(Console console) {
		if (console == null) {
			return false;
		}
		try {
			// Java 22+ returns a console for redirected streams too; isTerminal() tells them apart.
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}
}
