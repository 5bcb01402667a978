package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** The filtered difference keeps only above-cutoff, smoothed differences: its mean is the defect's net contrast. */
@Plugin(type = PatchFeature.class, name = "filtered_mean")
public final class FilteredMean extends BasicFeature {

	public FilteredMean() {
		super(FeatureFamily.INTENSITY, "Mean of the filtered difference image.", p -> p.filteredStats().mean());
	}
}
