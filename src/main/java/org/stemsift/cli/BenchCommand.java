package org.stemsift.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Not yet available.")
final class BenchCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("'bench' is not available yet");
	}
}
