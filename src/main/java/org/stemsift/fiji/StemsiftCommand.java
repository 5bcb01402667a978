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
		try {
			execute();
		}
		catch (CancelledException e) {
			cancel("Cancelled");
		}
		catch (IllegalArgumentException | IllegalStateException | IOException e) {
			String message = "STEMsift: " + e.getMessage();
			if (log != null) log.error(message);
			cancel(message);
		}
	}

	protected abstract void execute() throws IOException;
}
