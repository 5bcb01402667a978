package org.stemsift.synth;

/**
 * The expected sign of the image change at a planted defect, so detectors of dark and of bright anomalies can be
 * scored separately: a vacancy or a lighter substitute is {@link #MISSING} intensity, an interstitial or heavier
 * substitute is {@link #EXTRA}, a displaced column removes intensity at its site and adds it nearby ({@link #BOTH}).
 */
public enum IntensityChange {
	MISSING, EXTRA, BOTH
}
