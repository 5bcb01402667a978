package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Whether the brightest excess is the centred defect or something at the patch edge. */
@Plugin(type = PatchFeature.class, name = "diff_argmax_distance")
public final class DifferenceArgmaxDistance extends BasicFeature {

	public DifferenceArgmaxDistance() {
		super(FeatureFamily.INTENSITY, "Distance of the difference image's maximum from the patch centre, in units of the side.", p -> p.differenceStats().argmaxDistance());
	}
}
