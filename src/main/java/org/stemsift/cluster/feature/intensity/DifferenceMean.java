package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;
import org.stemsift.cluster.feature.PatchImages;

/** Mean of the difference image: positive where the patch is brighter than bulk (e.g. a heavier substitute). */
@Plugin(type = PatchFeature.class, name = "diff_mean")
public final class DifferenceMean implements PatchFeature {

	@Override
	public FeatureFamily family() { return FeatureFamily.INTENSITY; }

	@Override
	public String description() { return "Mean of the difference image (input − prediction)."; }

	@Override
	public double compute(PatchImages patch) {
		double s = 0;
		for (float v : patch.difference()) s += v;
		return s / patch.difference().length;
	}
}
