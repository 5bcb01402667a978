package org.stemsift.fiji;

import ij.macro.Interpreter;

import java.util.List;

import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.prefs.PrefService;

/** SciJava contexts for the tests that run STEMsift's commands, scripts and macros. */
final class CommandContexts {

	static final List<Class<? extends Command>> COMMANDS = List.of(DetectAnomaliesPlugin.class, TrainCvaePlugin.class, ClassifyPatchesPlugin.class,
		PattersonOcsvmPlugin.class, ClusterPatchesPlugin.class);

	private CommandContexts() {}

	static Context start(int logLevel) {
		Context context = new Context();
		context.service(LogService.class).setLevel(logLevel);
		return context;
	}

	/**
	 * SciJava remembers the inputs of every run (java.util.prefs, across JVMs) and fills them into the next run that
	 * does not set them; each test starts from the defaults.
	 */
	static void forgetInputs(Context context) {
		for (Class<?> c : COMMANDS) context.service(PrefService.class).clear(c);
	}

	static void stop(Context context) {
		Interpreter.batchMode = false;
		forgetInputs(context);
		context.dispose();
	}
}
