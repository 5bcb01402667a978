package org.stemsift.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Not yet available.")
final class DemoCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		throw new UnsupportedOperationException("'demo' is not available yet");
	}
}
