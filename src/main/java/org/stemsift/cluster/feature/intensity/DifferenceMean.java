package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Positive where the patch is brighter than bulk (e.g. a heavier substitute), negative where darker. */
@Plugin(type = PatchFeature.class, name = "diff_mean")
public final class DifferenceMean extends BasicFeature {

	public DifferenceMean() {
		super(FeatureFamily.INTENSITY, "Mean of the difference image (input − prediction).", p -> p.differenceStats().mean());
	}
}
