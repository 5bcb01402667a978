package org.stemsift.fiji;

import java.io.IOException;

import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.task.TaskService;
import org.stemsift.progress.CancelledException;
import org.stemsift.service.ModelService;

/**
 * Base of STEMsift's Fiji commands: a user's mistake (a bad file, a wrong parameter) or a cancel ends the command
 * with a one-line reason (SciJava's cancel, shown to the user and to macros) instead of a crash report with a stack
 * trace. Genuine bugs still propagate.
 */
abstract class StemsiftCommand extends ContextCommand {

	@Parameter
	protected ModelService models;

	@Parameter(required = false)
	protected TaskService tasks;

	@Parameter(required = false)
	protected StatusService status;

	@Parameter(required = false)
	protected LogService log;

	/** Progress of this command's long work, shown in the status bar and as a cancellable task. */
	protected TaskProgress progress(String taskName) {
		return new TaskProgress(tasks, status, log, taskName);
	}

	@Override
	public final void run() {
		runReporting(this::execute, this::cancel, log);
	}

	/** A command's work, which may fail with a user's mistake. */
	@FunctionalInterface
	interface Work {
		void run() throws IOException;
	}

	/**
	 * Runs a command's work. The Results table is emptied first, so that a macro reading it after a failed run finds no
	 * rows rather than the previous image's. A user's mistake or a cancel ends the command through {@code cancel} with a
	 * one-line reason; genuine bugs propagate.
	 */
	static void runReporting(Work work, java.util.function.Consumer<String> cancel, LogService log) {
		ResultsPublisher.clearResults();
		try {
			work.run();
		}
		catch (CancelledException e) {
			cancel.accept("Cancelled");
		}
		catch (IllegalArgumentException | IllegalStateException | IOException e) {
			String message = "STEMsift: " + e.getMessage();
			if (log != null) log.error(message);
			cancel.accept(message);
		}
	}

	protected abstract void execute() throws IOException;
}
