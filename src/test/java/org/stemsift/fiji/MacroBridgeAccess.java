package org.stemsift.fiji;

import org.scijava.Context;
import org.scijava.command.Command;

/** {@link MacroBridge} for tests outside this package. */
public final class MacroBridgeAccess {

	private MacroBridgeAccess() {}

	@SafeVarargs
	public static void install(Context context, Class<? extends Command>... commands) {
		MacroBridge.install(context, commands);
	}

	public static Throwable lastFailure() { return MacroBridge.lastFailure; }
}
