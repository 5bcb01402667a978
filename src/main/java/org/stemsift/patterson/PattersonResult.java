package org.stemsift.patterson;

import java.util.List;
import java.util.Map;

import org.stemsift.core.lattice.LatticeEstimate;
import org.stemsift.learn.GammaSweep;
import org.stemsift.learn.NuScan;

/**
 * Everything one run of the Patterson one-class SVM produced.
 *
 * @param lattice scheme one: the lattice the sites were found with; null for scheme two
 * @param fringes scheme two: the reflection and mask used; null for scheme one
 * @param columns the column classification of the optional pre-step, or null
 * @param explainedVarianceRatio share of the variance of every principal component, largest first
 * @param components how many components were kept
 * @param scan the ν scan, or null when ν was given
 * @param scores the PCA scores the one-class SVM was fitted on (segments x components, scaled as the SVM saw them)
 * @param decision one-class SVM decision value per segment (negative: outlier)
 * @param classes two-class split of the decision values per segment (0 = lower values)
 * @param domains two domains (0 = the larger) from neighbourhood-averaged PCA scores, see {@link DomainMap}
 * @param labels label image ({@code width x height}): outlier segments 1..m for scheme one, domains 1 and 2 (domain + 1)
 *            for scheme two
 * @param seconds wall time per stage, in order
 */
public record PattersonResult(PattersonSettings settings, Segmentation segmentation, LatticeEstimate lattice, FringeSegmentation.Fringes fringes, ColumnClasses columns,
	int featureCount, double[] explainedVarianceRatio, int components, double gamma, double nu, NuScan.Result scan, double[][] scores, double[] decision, boolean[] outliers, int[] classes, int[] domains,
	List<GammaSweep.Point> gammaSweep, int[] labels, int width, int height, Map<String, Double> seconds) {

	public int outlierCount() {
		int n = 0;
		for (boolean o : outliers) if (o) n++;
		return n;
	}

	public double totalSeconds() {
		return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
	}
}
