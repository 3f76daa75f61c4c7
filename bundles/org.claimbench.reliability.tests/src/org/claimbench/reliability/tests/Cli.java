package org.claimbench.reliability.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.claimbench.cli.ClaimBenchCommand;
import org.claimbench.cli.Progress;

import picocli.CommandLine;

/** One run of the real {@code claimbench} command line, with what it printed and its exit code. */
record Cli(int exitCode, String out, String err) {

	static Cli run(Object... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine command = ClaimBenchCommand.commandLine(new Progress(false));
		command.setOut(new PrintWriter(out, true));
		command.setErr(new PrintWriter(err, true));
		String[] arguments = new String[args.length];
		for (int i = 0; i < args.length; i++) {
			arguments[i] = String.valueOf(args[i]);
		}
		return new Cli(command.execute(arguments), out.toString(), err.toString());
	}

	String all() {
		return out + err;
	}

	@Override
	public String toString() {
		return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
	}
}
