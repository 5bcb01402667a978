package org.stemsift.cli;

import java.io.PrintStream;

import org.stemsift.progress.Progress;

/**
 * A text progress bar on standard error: redrawn in place on a terminal, a line every few seconds otherwise (logs,
 * CI). Ctrl-C is the cancel: the JVM's shutdown stops the work, and files are only ever replaced atomically.
 */
final class ConsoleProgress implements Progress {

	private static final int WIDTH = 30;
	private static final long LINE_INTERVAL_NANOS = 30_000_000_000L;

	private final PrintStream out;
	private final boolean terminal;
	private final boolean quiet;
	private long lastLine;
	private int lastStep = -1;
	private boolean barShown;

	ConsoleProgress(PrintStream out, boolean quiet) {
		this.out = out;
		this.terminal = System.console() != null;
		this.quiet = quiet;
	}

	@Override
	public synchronized void update(String message, long done, long total) {
		if (quiet) return;
		double fraction = total > 0 ? Math.min(1, (double) done / total) : 0;
		int filled = (int) Math.round(fraction * WIDTH);
		String line = String.format("[%s%s] %3.0f%% %s", "#".repeat(filled), " ".repeat(WIDTH - filled), fraction * 100, message);
		if (terminal) {
			out.print("\r" + line + "\u001b[K");
			barShown = done < total;
			if (!barShown) out.println();
			out.flush();
		}
		else {
			// logs: a line per 5 % step or every half minute, not per batch
			int step = (int) (fraction * 20);
			long now = System.nanoTime();
			if (step != lastStep || now - lastLine > LINE_INTERVAL_NANOS) {
				out.println(line);
				lastLine = now;
				lastStep = step;
			}
		}
	}

	@Override
	public synchronized void log(String message) {
		if (quiet) return;
		if (barShown) out.print("\r\u001b[K");
		out.println(message);
	}
}
