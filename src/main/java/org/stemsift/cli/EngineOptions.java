package org.stemsift.cli;

import org.stemsift.model.DeepLearningEngine;

import picocli.CommandLine.Option;

/** Options shared by every command that runs a network. */
final class EngineOptions {

	@Option(names = "--threads", description = "CPU threads for the network (0 = all cores; default: ${DEFAULT-VALUE})", defaultValue = "0")
	int threads;

	@Option(names = "--cpu", description = "Use the CPU even when a GPU is present")
	boolean cpu;

	@Option(names = { "-q", "--quiet" }, description = "No progress output")
	boolean quiet;

	void apply() {
		DeepLearningEngine.setThreads(threads);
		DeepLearningEngine.setForceCpu(cpu);
	}

	ConsoleProgress progress() {
		return new ConsoleProgress(System.err, quiet);
	}
}
