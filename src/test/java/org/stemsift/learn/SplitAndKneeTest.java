package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class SplitAndKneeTest {

	@Test
	void theKneeIsWhereTheCurveBends() {
		double[] x = new double[20], y = new double[20];
		for (int i = 0; i < 20; i++) { x[i] = 0.01 * (i + 1); y[i] = Math.min(x[i], 0.06) * 10 + 0.05 * x[i]; }
		assertEquals(5, Knee.find(x, y), "the bend at x = 0.06");
		y[0] = Double.NaN;
		assertEquals(5, Knee.find(x, y), "non-finite points are skipped");
		assertEquals(-1, Knee.find(new double[] { 1, 2 }, new double[] { 1, 2 }));
	}

	@Test
	void bothMethodsSeparateTwoGroups() {
		SplittableRandom r = new SplittableRandom(5);
		double[] v = new double[300];
		for (int i = 0; i < v.length; i++) v[i] = i < 200 ? r.nextGaussian() : 8 + r.nextGaussian();
		for (TwoClassSplit.Method m : TwoClassSplit.Method.values()) {
			int[] c = TwoClassSplit.split(v, m);
			for (int i = 0; i < v.length; i++) assertEquals(i < 200 ? 0 : 1, c[i], m + " value " + i);
		}
		assertThrows(IllegalArgumentException.class, () -> TwoClassSplit.split(new double[] { 1 }, TwoClassSplit.Method.KMEANS));
	}

	@Test
	void kMeansWithMoreGroupsOnManyValuesIsExactEnough() {
		SplittableRandom r = new SplittableRandom(9);
		double[] v = new double[5000];
		for (int i = 0; i < v.length; i++) v[i] = (i % 3) * 10 + r.nextGaussian();
		int[] g = OneDimensionalKMeans.groups(v, 3);
		for (int i = 0; i < v.length; i++) assertEquals(i % 3, g[i], "value " + i);
	}

	@Test
	void theScanNeedsEnoughSamples() {
		double[][] few = new double[30][2];
		for (int i = 0; i < few.length; i++) few[i] = new double[] { i, i % 7 };
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> NuScan.scan(KernelRows.of(new RbfKernel(few, 0.1)), NuScan.defaultGrid(), 1e-3, org.stemsift.progress.Progress.NONE));
		assertEquals(true, e.getMessage().startsWith("Too few segments for a nu scan"), e.getMessage());
	}
}
