package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Integrated missing intensity: vacancies or lighter atoms. */
@Plugin(type = PatchFeature.class, name = "diff_negative_mass")
public final class DifferenceNegativeMass extends BasicFeature {

	public DifferenceNegativeMass() {
		super(FeatureFamily.INTENSITY, "Sum of the magnitudes of the negative values of the difference image over the pixel count.", p -> p.differenceStats().negativeMass());
	}
}
