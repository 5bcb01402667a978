package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Total departure from bulk, offset included (unlike the standard deviation). */
@Plugin(type = PatchFeature.class, name = "diff_energy")
public final class DifferenceEnergy extends BasicFeature {

	public DifferenceEnergy() {
		super(FeatureFamily.INTENSITY, "Mean of the squared difference image (energy per pixel).", p -> p.differenceStats().meanSquare());
	}
}
