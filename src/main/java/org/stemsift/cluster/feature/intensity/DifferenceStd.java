package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** How strongly the patch departs from the bulk prediction anywhere in it. */
@Plugin(type = PatchFeature.class, name = "diff_std")
public final class DifferenceStd extends BasicFeature {

	public DifferenceStd() {
		super(FeatureFamily.INTENSITY, "Standard deviation of the difference image.", p -> p.differenceStats().std());
	}
}
