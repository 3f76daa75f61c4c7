package org.claimbench.cli.server;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimbench.cli.client.Terminal;
import org.claimbench.cli.client.Wire;

/** A command sent by a client: where its user is, what the user's terminal shows, and the arguments. */
record RunRequest(String workingDirectory, Terminal terminal, List<String> arguments) {

	/** Short commands only: the language server owns stdin/stdout, help and --version need no server. */
	private static final Set<String> SERVED = Set.of("validate", "export", "import", "anchor", "reanchor", "stats", "format", "agree",
			"diff", "merge", "track", "migrate");

	/** An argument list longer than this is garbage, not a command line. */
	private static final int MAX_ARGUMENTS = 100_000;

	static RunRequest read(DataInputStream in) throws IOException {
		String workingDirectory = Wire.readString(in);
		Terminal terminal = new Terminal(in.readBoolean(), in.readBoolean(), in.readBoolean());
		int count = in.readInt();
		if (count < 0 || count > MAX_ARGUMENTS) {
			throw new IOException("garbled request: " + count + " arguments");
		}
		List<String> arguments = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			arguments.add(Wire.readString(in));
		}
		return new RunRequest(workingDirectory, terminal, List.copyOf(arguments));
	}

	boolean isServed() {
		return arguments.stream().filter(a -> !a.startsWith("-")).findFirst().filter(SERVED::contains).isPresent();
	}
}
