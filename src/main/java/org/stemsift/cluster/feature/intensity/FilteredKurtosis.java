package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** How concentrated the above-cutoff differences are. */
@Plugin(type = PatchFeature.class, name = "filtered_kurtosis")
public final class FilteredKurtosis extends BasicFeature {

	public FilteredKurtosis() {
		super(FeatureFamily.INTENSITY, "Excess kurtosis of the filtered difference image (0 for a flat image).", p -> p.filteredStats().kurtosis());
	}
}
