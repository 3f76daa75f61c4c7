package org.claimbench.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "claimbench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
		description = "Validates, exports, imports and counts ClaimBench schemas and annotation documents.",
		synopsisSubcommandLabel = "COMMAND")
public class ClaimBenchCommand implements Runnable {

	@Spec
	CommandSpec spec;

	/** The command with all subcommands, ready to {@link CommandLine#execute execute}. */
	public static CommandLine commandLine(Progress progress) {
		CommandLine commandLine = new CommandLine(new ClaimBenchCommand())
				.addSubcommand(new ValidateCommand(progress))
				.addSubcommand(new ExportCommand(progress))
				.addSubcommand(new ImportCommand())
				.addSubcommand(new ReanchorCommand())
				.addSubcommand(new StatsCommand(progress))
				.addSubcommand(new LspCommand())
				.addSubcommand(new CommandLine.HelpCommand());
		commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
			// A bug must still not greet the user with a stack trace; the message says where to look.
			PrintWriter err = cmd.getErr();
			err.println("claimbench: internal error: " + e);
			return ExitCodes.USAGE_OR_IO;
		});
		return commandLine;
	}

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "missing COMMAND");
	}
}
