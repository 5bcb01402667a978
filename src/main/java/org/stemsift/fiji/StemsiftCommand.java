package org.stemsift.fiji;

import java.io.IOException;

import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.stemsift.progress.CancelledException;

/**
 * Base of STEMsift's Fiji commands: a user's mistake (a bad file, a wrong parameter) or a cancel ends the command
 * with a one-line reason (SciJava's cancel, shown to the user and to macros) instead of a crash report with a stack
 * trace. Genuine bugs still propagate.
 */
abstract class StemsiftCommand extends ContextCommand {

	@Parameter(required = false)
	protected LogService log;

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
