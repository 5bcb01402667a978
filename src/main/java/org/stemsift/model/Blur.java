package org.stemsift.model;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;
import org.stemsift.core.filter.GaussianBlur;

/** The preprocessing blur, applied to a whole image or to each patch of a stack; σ = 0 leaves data as it is. */
public final class Blur {

	private Blur() {}

	public static Image2D image(Image2D image, double sigma) {
		return sigma > 0 ? GaussianBlur.blur(image, sigma) : image;
	}

	public static PatchStack patches(PatchStack patches, double sigma) {
		if (sigma <= 0) return patches;
		float[] out = new float[patches.data().length];
		int pp = patches.patchSize();
		for (int i = 0; i < patches.count(); i++) {
			float[] one = new float[pp];
			System.arraycopy(patches.data(), i * pp, one, 0, pp);
			GaussianBlur.blurInPlace(one, patches.width(), patches.height(), sigma);
			System.arraycopy(one, 0, out, i * pp, pp);
		}
		String[] names = new String[patches.count()];
		for (int i = 0; i < names.length; i++) names[i] = patches.name(i);
		return new PatchStack(patches.count(), patches.width(), patches.height(), out, names);
	}
}
