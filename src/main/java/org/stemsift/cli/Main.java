package org.stemsift.cli;

import org.stemsift.Version;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stemsift}: the command line over the same core as the Fiji commands. */
@Command(name = "stemsift", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
	description = "Unsupervised defect and anomaly detection in electron-microscopy images.",
	subcommands = { DemoCommand.class, TrainCvaeCommand.class, DetectCommand.class, ClassifyPatchesCommand.class, ClusterCommand.class, GenerateCommand.class, ValidateCommand.class,
		BenchCommand.class, PattersonOcsvmCommand.class, BatchCommand.class, CommandLine.HelpCommand.class })
public final class Main {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/** Runs the command line and returns its exit code: 0 success, 1 failure (message printed), 2 usage error, 130 cancelled. */
	public static int run(String... args) {
		CommandLine cli = new CommandLine(new Main());
		cli.setExecutionExceptionHandler(new ErrorReporter());
		return cli.execute(args);
	}

	static final class VersionProvider implements CommandLine.IVersionProvider {
		@Override
		public String[] getVersion() {
			return new String[] { "STEMsift " + Version.get() };
		}
	}
}
