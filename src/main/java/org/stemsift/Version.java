package org.stemsift;

/** The running STEMsift version, as Maven wrote it into the jar manifest. */
public final class Version {

	private Version() {}

	public static String get() {
		String v = Version.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}
}
