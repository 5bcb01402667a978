package org.stemsift.cluster.feature.intensity;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;
import org.stemsift.cluster.feature.ValueStats;

/** How well the bulk model explains the patch as a whole: low for strongly defective or non-lattice patches. */
@Plugin(type = PatchFeature.class, name = "input_prediction_correlation")
public final class InputPredictionCorrelation extends BasicFeature {

	public InputPredictionCorrelation() {
		super(FeatureFamily.INTENSITY, "Pearson correlation of the input and the prediction (0 when either is flat).", p -> ValueStats.correlation(p.input(), p.prediction()));
	}
}
