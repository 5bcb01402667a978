package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Low when most pixels share one value and a few stand out (a compact defect), high for spread-out residuals. */
@Plugin(type = PatchFeature.class, name = "diff_entropy")
public final class DifferenceEntropy extends BasicFeature {

	public DifferenceEntropy() {
		super(FeatureFamily.INTENSITY, "Shannon entropy (bits) of a 32-bin histogram of the difference image between its minimum and maximum; 0 for a flat image.", p -> p.differenceStats().entropy());
	}
}
