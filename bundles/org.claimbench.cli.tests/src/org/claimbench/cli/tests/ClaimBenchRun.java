package org.claimbench.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.claimbench.cli.ClaimBenchCommand;
import org.claimbench.cli.Progress;

import picocli.CommandLine;

/** One run of the real {@code claimbench} command line, with what it printed and its exit code. */
record ClaimBenchRun(int exitCode, String out, String err) {

	/** Runs as a user's shell would; under the test runner stderr is no terminal. */
	static ClaimBenchRun of(Object... args) {
		return with(Progress.whenTerminal(), args);
	}

	static ClaimBenchRun with(Progress progress, Object... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine command = ClaimBenchCommand.commandLine(progress);
		command.setOut(new PrintWriter(out, true));
		command.setErr(new PrintWriter(err, true));
		String[] arguments = new String[args.length];
		for (int i = 0; i < args.length; i++) {
			arguments[i] = String.valueOf(args[i]);
		}
		int exitCode = command.execute(arguments);
		return new ClaimBenchRun(exitCode, out.toString(), err.toString());
	}

	String all() {
		return out + err;
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
