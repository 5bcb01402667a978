package org.stemsift.patterson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stemsift.evaluate.BinaryMetrics;
import org.stemsift.progress.Progress;
import org.stemsift.synth.LatticeType;
import org.stemsift.synth.SyntheticLattice;

/**
 * Scheme one on synthetic lattices with planted vacancies, substitutions and displacements, scored per site against
 * the generator's ground truth with ν chosen automatically (knee of D(ν)): balanced accuracy of at least 95 % (the
 * paper reports 98.1 % on Mo0.91W0.09Te2). And the Patterson map needs far fewer principal components than raw pixels.
 */
class SchemeOneValidationTest {

	static final PattersonSettings SETTINGS = PattersonSettings.defaults(1).toBuilder().gammaFactors(new double[0]).build();

	@Test
	void perovskiteBalancedAccuracyAtLeast95Percent() {
		check(LatticeType.SQUARE, 11);
		check(LatticeType.SQUARE, 12);
	}

	@Test
	void honeycombBalancedAccuracyAtLeast95Percent() {
		check(LatticeType.HEXAGONAL, 11);
	}

	static void check(LatticeType type, long seed) {
		SyntheticLattice lattice = Synthetic.lattice(type, 512, 16, 8, seed);
		PattersonResult r = new PattersonOcsvm(SETTINGS).run(lattice.image(), Progress.NONE);
		BinaryMetrics m = Synthetic.score(lattice, r);
		System.out.printf("Scheme 1, %s seed %d: %d segments, %d PCA components, nu %.2f (knee)%n%s%n", type, seed, r.segmentation().count(), r.components(), r.nu(),
			Synthetic.confusion(m));
		assertEquals(32, m.truePositives() + m.falseNegatives(), "every planted defect has its segment");
		assertTrue(m.balancedAccuracy() >= 0.95, type + " seed " + seed + ": balanced accuracy " + m.balancedAccuracy());
	}

	@Test
	void pattersonNeedsFewerComponentsThanRawPixels() {
		SyntheticLattice lattice = Synthetic.lattice(LatticeType.SQUARE, 384, 16, 4, 21);
		PattersonResult patterson = new PattersonOcsvm(SETTINGS).run(lattice.image(), Progress.NONE);
		PattersonResult raw = new PattersonOcsvm(SETTINGS.toBuilder().descriptor("raw").build()).run(lattice.image(), Progress.NONE);
		System.out.printf("Components for 98 %% of the variance: %d after the Patterson map, %d on raw pixels (%d features)%n", patterson.components(), raw.components(),
			raw.featureCount());
		assertTrue(patterson.components() * 5 < raw.components(), patterson.components() + " vs " + raw.components());
	}
}
