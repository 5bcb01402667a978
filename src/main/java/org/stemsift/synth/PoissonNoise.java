package org.stemsift.synth;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.apache.commons.math3.special.Gamma;

/**
 * Shot noise of an electron-counting detector.
 * <p>
 * Sampling is exact at every mean: Knuth's multiplication method below a mean of 10 and Hörmann's transformed
 * rejection with squeeze (PTRS, 1993) above, which costs a bounded number of uniforms however bright the pixel.
 * <p>
 * Each pixel draws from its own generator seeded from (seed, pixel index), so a pixel's noise depends only on the seed,
 * its index and its expected value. Why: an image and its defect-free twin rendered with the same seed then carry the
 * same noise everywhere except where a defect changed the expected counts, and rows can be filled in parallel with a
 * result that does not depend on the thread count.
 */
public final class PoissonNoise {

	private static final double KNUTH_LIMIT = 10;

	private PoissonNoise() {}

	/** Replaces each expected count by a Poisson draw with that mean (negative or NaN means count as 0). */
	public static void applyInPlace(float[] expectedCounts, int width, long seed) {
		if (width <= 0 || expectedCounts.length % width != 0) throw new IllegalArgumentException("Array of " + expectedCounts.length + " values is not made of rows of " + width);
		int height = expectedCounts.length / width;
		IntStream.range(0, height).parallel().forEach(y -> {
			for (int i = y * width; i < (y + 1) * width; i++) {
				double mean = expectedCounts[i];
				expectedCounts[i] = mean > 0 ? sample(new SplittableRandom(pixelSeed(seed, i)), mean) : 0;
			}
		});
	}

	/** One Poisson variate with the given mean (&ge; 0). */
	public static long sample(SplittableRandom random, double mean) {
		if (!(mean >= 0) || Double.isInfinite(mean)) throw new IllegalArgumentException("Poisson mean must be a finite number >= 0, got " + mean);
		if (mean == 0) return 0;
		return mean < KNUTH_LIMIT ? knuth(random, mean) : transformedRejection(random, mean);
	}

	private static long knuth(SplittableRandom random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		long k = 0;
		while (product > limit) {
			k++;
			product *= random.nextDouble();
		}
		return k;
	}

	/** W. Hörmann, "The transformed rejection method for generating Poisson random variables", 1993 (PTRS). */
	private static long transformedRejection(SplittableRandom random, double mean) {
		double sqrtMean = Math.sqrt(mean);
		double logMean = Math.log(mean);
		double b = 0.931 + 2.53 * sqrtMean;
		double a = -0.059 + 0.02483 * b;
		double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
		double acceptBound = 0.9277 - 3.6224 / (b - 2);
		while (true) {
			double u = random.nextDouble() - 0.5;
			double v = random.nextDouble();
			double us = 0.5 - Math.abs(u);
			long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
			if (us >= 0.07 && v <= acceptBound) return k;
			if (k < 0 || us < 0.013 && v > us) continue;
			double lhs = Math.log(v * inverseAlpha / (a / (us * us) + b));
			double rhs = -mean + k * logMean - Gamma.logGamma(k + 1.0);
			if (lhs <= rhs) return k;
		}
	}

	/** A well-mixed per-pixel seed (SplitMix64 finaliser), so neighbouring pixels get unrelated streams. */
	static long pixelSeed(long seed, long index) {
		long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
