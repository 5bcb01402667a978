package org.stemsift.synth;

import java.util.SplittableRandom;

import org.stemsift.core.Image2D;

/**
 * Synthetic HAADF-STEM images of crystal lattices with planted point defects and exact ground truth, to validate and
 * tune the detectors where real data has no labels.
 * <p>
 * One seed drives everything through independent sub-streams (defect placement, scan jitter, shot noise), so a seed
 * reproduces an image bit for bit, the defect-free twin of an image shares its noise, and changing the defects does not
 * change the noise. See {@link LatticeSettings} for the image model.
 */
public final class LatticeGenerator {

	private LatticeGenerator() {}

	public static SyntheticLattice generate(LatticeSettings settings) {
		SplittableRandom root = new SplittableRandom(settings.seed());
		SplittableRandom placement = root.split();
		SplittableRandom jitter = root.split();
		long noiseSeed = root.nextLong();

		LatticeGeometry geometry = LatticeGeometry.of(settings);
		Scene scene = DefectPlanter.plan(settings, geometry, placement);
		double[] rowShift = scanJitter(settings, jitter);
		String name = "synthetic-" + settings.lattice().name().toLowerCase() + "-seed" + settings.seed();

		Image2D image = render(settings, scene, false, rowShift, noiseSeed, name);
		return new SyntheticLattice(settings, geometry, image, scene.defects(), scene.sites(),
			() -> render(settings, scene, true, rowShift, noiseSeed, name + "-defect-free"));
	}

	/**
	 * A defect-free image with the same settings but its own seed, e.g. reference data to train a model of the intact
	 * lattice. With the settings' own seed this equals {@link SyntheticLattice#defectFreeImage()}.
	 */
	public static Image2D renderReference(LatticeSettings settings, long seed) {
		return generate(settings.toBuilder().clearDefects().seed(seed).build()).image();
	}

	private static double[] scanJitter(LatticeSettings settings, SplittableRandom random) {
		if (settings.scanJitter() == 0) return null;
		double[] shift = new double[settings.height()];
		for (int y = 0; y < shift.length; y++) shift[y] = settings.scanJitter() * random.nextGaussian();
		return shift;
	}

	private static Image2D render(LatticeSettings s, Scene scene, boolean defectFree, double[] rowShift, long noiseSeed, String name) {
		float[] counts = ColumnRenderer.render(defectFree ? scene.cleanColumns() : scene.columns(), s.width(), s.height(), s.columnSigma(),
			s.background(), s.dose(), rowShift);
		if (s.poissonNoise()) PoissonNoise.applyInPlace(counts, s.width(), noiseSeed);
		return new Image2D(s.width(), s.height(), counts).withName(name);
	}
}
