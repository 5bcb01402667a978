package org.stemsift.cluster.feature;

import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;

/** Synthetic patch images with known answers, and the discovered features looked up by name. */
final class FeatureImages {

	static final int SIDE = 64;
	static final PatchFeatures ALL = PatchFeatures.discover();

	private FeatureImages() {}

	/** The value of the feature of this name, found by discovery as a user would. */
	static double value(String name, PatchImages patch) {
		int i = ALL.names().indexOf(name);
		if (i < 0) throw new AssertionError("No feature named " + name + " among " + ALL.names());
		return ALL.features().get(i).compute(patch);
	}

	/** side × side image with value(y * side + x). */
	static float[] image(int side, IntToDoubleFunction value) {
		float[] im = new float[side * side];
		for (int i = 0; i < im.length; i++) im[i] = (float) value.applyAsDouble(i);
		return im;
	}

	/** Image of value(x, y), x along rows. */
	static float[] image(XY value) {
		return image(SIDE, i -> value.at(i % SIDE, i / SIDE));
	}

	interface XY {
		double at(int x, int y);
	}

	/** count values of Gaussian noise with standard deviation sigma. */
	static float[] gaussian(int count, long seed, double sigma) {
		SplittableRandom r = new SplittableRandom(seed);
		float[] v = new float[count];
		for (int i = 0; i < count; i++) v[i] = (float) (sigma * r.nextGaussian());
		return v;
	}

	/** 1 inside the disc of radius r about (cx, cy), 0 outside. */
	static float[] disc(double cx, double cy, double r) {
		return image((x, y) -> (x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r ? 1 : 0);
	}

	/** A patch whose difference and filtered difference are both the given image (input the image + 1, prediction 1). */
	static PatchImages withDifference(float[] difference) {
		int side = (int) Math.round(Math.sqrt(difference.length));
		float[] input = new float[difference.length], prediction = new float[difference.length];
		for (int i = 0; i < input.length; i++) {
			input[i] = difference[i] + 1;
			prediction[i] = 1;
		}
		return new PatchImages(side, input, prediction, difference, difference);
	}
}
