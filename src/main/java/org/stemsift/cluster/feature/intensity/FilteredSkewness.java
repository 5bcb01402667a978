package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Sign of the dominant defect contrast after the small residuals are cut away. */
@Plugin(type = PatchFeature.class, name = "filtered_skewness")
public final class FilteredSkewness extends BasicFeature {

	public FilteredSkewness() {
		super(FeatureFamily.INTENSITY, "Skewness of the filtered difference image (0 for a flat image).", p -> p.filteredStats().skewness());
	}
}
