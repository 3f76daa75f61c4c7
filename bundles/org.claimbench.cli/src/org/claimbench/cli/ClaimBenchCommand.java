package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "claimbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Validates, exports, imports and counts ClaimBench schemas and annotation documents.",
		synopsisSubcommandLabel = "COMMAND",
		footer = { "", "validate, export, import, anchor, reanchor, stats, format, agree, diff and merge run in a command-line server that stays up between",
				"commands (started on first use, stopped after 3 hours idle, CLAIMBENCH_SERVER_IDLE changes that).",
				"'claimbench server status' tells whether one runs, 'claimbench server stop' stops it.",
				"CLAIMBENCH_SERVER=off or --no-server runs every command in its own process instead.",
				"Without a command, or with options such as -data FOLDER only, claimbench starts the workbench." })
public class ClaimBenchCommand implements Runnable {

	@Spec
	CommandSpec spec;

	// The start script reads it; declared here so that every command accepts it and lists it in its help.
	@Option(names = "--no-server", scope = ScopeType.INHERIT,
			description = "Run in this process, not in the command-line server.")
	boolean noServer;

	/** The command with all subcommands, relative paths taken from this process's folder. */
	public static CommandLine commandLine(Progress progress) {
		return commandLine(progress, WorkingDirectory.ofThisProcess());
	}

	/** The command with all subcommands, ready to {@link CommandLine#execute execute}. */
	public static CommandLine commandLine(Progress progress, WorkingDirectory workingDirectory) {
		CommandLine commandLine = new CommandLine(new ClaimBenchCommand())
				.addSubcommand(new ValidateCommand(progress, workingDirectory))
				.addSubcommand(new ExportCommand(progress, workingDirectory))
				.addSubcommand(new ImportCommand(workingDirectory))
				.addSubcommand(new AnchorCommand(workingDirectory))
				.addSubcommand(new ReanchorCommand(workingDirectory))
				.addSubcommand(new StatsCommand(progress, workingDirectory))
				.addSubcommand(new FormatCommand(workingDirectory))
				.addSubcommand(new AgreeCommand(progress, workingDirectory))
				.addSubcommand(new DiffCommand(progress, workingDirectory))
				.addSubcommand(new MergeCommand(progress, workingDirectory))
				.addSubcommand(new TrackCommand(progress, workingDirectory))
				.addSubcommand(new MigrateCommand(progress, workingDirectory))
				.addSubcommand(new LspCommand())
				.addSubcommand(new CommandLine.HelpCommand());
		HelpText.reflow(commandLine);
		commandLine.setParameterExceptionHandler(ClaimBenchCommand::usageError);
		commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
			// Running out of memory is no bug, wherever it struck (the parser wraps it): the caller, such as the
			// command-line server, says what to do about it.
			for (Throwable cause = e; cause != null; cause = cause.getCause()) {
				if (cause instanceof OutOfMemoryError outOfMemory) {
					throw outOfMemory;
				}
			}
			// A bug must still not greet the user with a stack trace; the message says where to look.
			PrintWriter err = cmd.getErr();
			err.println("claimbench: internal error: " + e);
			return ExitCodes.USAGE_OR_IO;
		});
		return commandLine;
	}

	/** An unknown command is named as such, with the list of commands; other usage errors as picocli says them. */
	private static int usageError(ParameterException e, String[] arguments) {
		CommandLine commandLine = e.getCommandLine();
		PrintWriter err = commandLine.getErr();
		boolean atTop = commandLine.getParent() == null;
		if (atTop && e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
				&& !unmatched.getUnmatched().get(0).startsWith("-")) {
			String command = unmatched.getUnmatched().get(0);
			List<String> suggestions = unmatched.getSuggestions();
			err.println("claimbench: unknown command '" + command + "'"
					+ (suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?"));
			err.println();
			err.println("Commands:");
			err.print(HelpText.commandList(commandLine));
			err.println();
			err.println("'claimbench COMMAND --help' tells more about one of them.");
		} else {
			err.println("claimbench: " + e.getMessage());
			if (!UnmatchedArgumentException.printSuggestions(e, err)) {
				commandLine.usage(err, commandLine.getColorScheme());
			}
		}
		return ExitCodes.USAGE_OR_IO;
	}

	/** Colours in help and usage errors when the user's terminal shows them, decided by the caller. */
	public static CommandLine withColors(CommandLine commandLine, boolean colors) {
		return commandLine.setColorScheme(Help.defaultColorScheme(colors ? Help.Ansi.ON : Help.Ansi.OFF));
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "missing COMMAND");
	}
}
