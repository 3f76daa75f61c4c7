package org.claimbench.cli.server;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;

import org.claimbench.cli.ClaimBenchCommand;
import org.claimbench.cli.ExitCodes;
import org.claimbench.cli.Progress;
import org.claimbench.cli.WorkingDirectory;
import org.claimbench.cli.client.Wire;

import picocli.CommandLine;

/**
 * Runs one client's command exactly as {@code Main} would in the client's place: its folder, its
 * terminal, its streams. Only the languages' injectors and loaded classes carry over between
 * commands; every command loads the files afresh, since they may have changed since the last one.
 */
final class ServedCommand {

	private ServedCommand() {
	}

	static int execute(RunRequest request, Frames frames) {
		CommandLine commandLine = ClaimBenchCommand.commandLine(new Progress(request.terminal().stderr()),
				new WorkingDirectory(Path.of(request.workingDirectory())));
		ClaimBenchCommand.withColors(commandLine, request.terminal().colors());
		PrintWriter out = new PrintWriter(new FrameWriter(frames, Wire.STDOUT), true);
		PrintWriter err = new PrintWriter(new FrameWriter(frames, Wire.STDERR), true);
		commandLine.setOut(out);
		commandLine.setErr(err);
		try {
			return commandLine.execute(request.arguments().toArray(String[]::new));
		} catch (OutOfMemoryError e) {
			// The command's models become garbage as this returns, so the server answers the next command with
			// its whole heap again; this one is told what to do instead of losing its connection.
			err.println("claimbench: the command-line server ran out of memory on this command; run it in a JVM of its"
					+ " own with more memory: JAVA_TOOL_OPTIONS=-Xmx4g claimbench --no-server "
					+ String.join(" ", request.arguments()));
			return ExitCodes.USAGE_OR_IO;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/**
	 * Validates the sample a few dozen times with the output dropped, before the server takes clients:
	 * the JIT compiles the hot paths only after that many runs, and the first clients then get them.
	 */
	static void warmUp(Path sample, int runs, Duration limit) {
		long end = System.nanoTime() + limit.toNanos();
		for (int i = 0; i < runs && System.nanoTime() < end; i++) {
			CommandLine commandLine = ClaimBenchCommand.commandLine(new Progress(false), new WorkingDirectory(sample));
			commandLine.setOut(new PrintWriter(Writer.nullWriter()));
			commandLine.setErr(new PrintWriter(Writer.nullWriter()));
			commandLine.execute("validate", sample.toString());
		}
	}
}
