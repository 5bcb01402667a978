package org.stemsift.patterson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Image2D;
import org.stemsift.progress.Progress;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;

/** The pre-step for doped or mixed crystals: columns classified by intensity (classes by BIC), ideal re-rendering. */
class ColumnClassesTest {

	static Image2D perovskite() {
		return LatticeGenerator.generate(LatticeSettings.builder(LatticeType.SQUARE).size(256, 256).spacing(16).sublatticeRatio(0.4).seed(9).build()).image();
	}

	@Test
	void aAndBColumnsAreTwoClassesByBic() {
		ColumnClasses c = ColumnClasses.classify(perovskite(), 16, -1, 5);
		assertEquals(2, c.mixture().components(), "A and B columns");
		int bright = 0;
		for (int k : c.classes()) bright += k;
		assertEquals(0.5, (double) bright / c.classes().length, 0.05, "as many A as B columns");
		double ratio = c.mixture().means()[0] / c.mixture().means()[1];
		assertEquals(0.4, ratio, 0.08, "integrated intensity ratio B / A");
	}

	@Test
	void thePipelineRunsOnTheReRenderedImage() {
		PattersonSettings s = PattersonSettings.defaults(1).toBuilder().mixtureClasses(-1).rerender(true).gammaFactors(new double[0]).build();
		PattersonResult r = new PattersonOcsvm(s).run(perovskite(), Progress.NONE);
		assertTrue(r.columns() != null && r.columns().mixture().components() == 2);
		assertTrue(r.segmentation().count() > 150);
		Image2D ideal = r.columns().render(perovskite());
		assertTrue(ideal.min() >= 0 && ideal.max() > 0, "ideal columns without background or noise");
	}
}
