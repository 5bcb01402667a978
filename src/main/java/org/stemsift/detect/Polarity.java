package org.stemsift.detect;

/** Which defects to report: intensity missing (vacancy, lighter substitute), extra (interstitial, heavier substitute), or both. */
public enum Polarity {
	BOTH, MISSING, EXTRA;

	public boolean accepts(float filteredValue) {
		return switch (this) {
			case BOTH -> true;
			case MISSING -> filteredValue < 0;
			case EXTRA -> filteredValue > 0;
		};
	}

	/** The sign of a defect whose filtered difference at the peak has this value. */
	public static String signOf(float filteredValue) {
		return filteredValue < 0 ? "missing" : "extra";
	}
}
