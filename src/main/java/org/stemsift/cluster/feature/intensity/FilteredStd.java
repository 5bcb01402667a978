package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Spread of the filtered difference: defect strength without the bulk's residual noise. */
@Plugin(type = PatchFeature.class, name = "filtered_std")
public final class FilteredStd extends BasicFeature {

	public FilteredStd() {
		super(FeatureFamily.INTENSITY, "Standard deviation of the filtered difference image.", p -> p.filteredStats().std());
	}
}
