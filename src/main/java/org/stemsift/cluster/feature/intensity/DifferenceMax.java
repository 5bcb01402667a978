package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Strength of the brightest excess over bulk. */
@Plugin(type = PatchFeature.class, name = "diff_max")
public final class DifferenceMax extends BasicFeature {

	public DifferenceMax() {
		super(FeatureFamily.INTENSITY, "Largest value of the difference image.", p -> p.differenceStats().max());
	}
}
