package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Strength of the darkest deficit against bulk (e.g. a vacancy). */
@Plugin(type = PatchFeature.class, name = "diff_min")
public final class DifferenceMin extends BasicFeature {

	public DifferenceMin() {
		super(FeatureFamily.INTENSITY, "Smallest value of the difference image.", p -> p.differenceStats().min());
	}
}
