package org.stemsift.detect;

import org.stemsift.core.Image2D;
import org.stemsift.model.Blur;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.Preprocessing;
import org.stemsift.progress.Progress;

/**
 * Reconstructs a whole image window by window: every window (stride apart, the last flush with the border) is
 * preprocessed as in training, reconstructed by the CVAE, and overlapping windows are averaged. Pixels near the border
 * are covered by fewer windows and are less reliable; detection leaves out a border band. (Mirroring the image outwards
 * was tried and made it worse: a mirrored lattice is not the lattice, and windows across the mirror line light up.)
 * Works one row of windows at a time, so memory beyond the full-size result images stays at a few MB whatever the
 * image size.
 */
public final class SlidingWindowReconstructor {

	private final CvaeModel model;
	private final int stride;

	public SlidingWindowReconstructor(CvaeModel model, int stride) {
		if (stride < 1 || stride > model.patchSize())
			throw new IllegalArgumentException("Stride must be between 1 and the patch size (" + model.patchSize() + " px), got " + stride);
		this.model = model;
		this.stride = stride;
	}

	/**
	 * @param blurred the input after the model's blur (raw intensity units)
	 * @param prediction the bulk-like reconstruction in raw intensity units
	 * @param difference blurred − prediction, raw units
	 * @param normalisedDifference the difference in units of each window's maximum (averaged over windows), the scale
	 *            on which filter cutoffs and thresholds are defined, independent of detector gain
	 */
	public record Reconstruction(Image2D blurred, Image2D prediction, Image2D difference, Image2D normalisedDifference) {}

	public Reconstruction reconstruct(Image2D image, Progress progress) {
		Progress p = progress == null ? Progress.NONE : progress;
		int side = model.patchSize();
		if (image.width() < side || image.height() < side)
			throw new IllegalArgumentException("The image is " + image.width() + "x" + image.height() + " px, smaller than the model's " + side + "x" + side
				+ " patch: use a larger image or a model trained with a smaller patch size");
		image.requireFinite();
		Image2D blurred = Blur.image(image, model.preprocessing().blurSigma());
		int w = image.width(), h = image.height(), pp = side * side;
		int[] xs = positions(w, side, stride), ys = positions(h, side, stride);
		float[] predictionSum = new float[w * h];
		float[] normalisedSum = new float[w * h];
		float[] coverage = new float[w * h];
		float[] rowBatch = new float[xs.length * pp];
		for (int row = 0; row < ys.length; row++) {
			p.checkCancelled();
			int y0 = ys[row];
			for (int c = 0; c < xs.length; c++) copyWindow(blurred, xs[c], y0, side, rowBatch, c * pp);
			float[] input = rowBatch.clone();
			float[] maxima = Preprocessing.scaleToMax(input, pp);
			float[] recon = model.reconstruct(input, xs.length);
			for (int c = 0; c < xs.length; c++) {
				int x0 = xs[c], off = c * pp;
				for (int y = 0; y < side; y++) {
					int dst = (y0 + y) * w + x0, src = off + y * side;
					for (int x = 0; x < side; x++) {
						predictionSum[dst + x] += recon[src + x] * maxima[c];
						normalisedSum[dst + x] += input[src + x] - recon[src + x];
						coverage[dst + x] += 1f;
					}
				}
			}
			p.update("Reconstructing image", row + 1, ys.length);
		}
		float[] bp = blurred.pixels();
		float[] difference = new float[w * h];
		for (int i = 0; i < difference.length; i++) {
			predictionSum[i] /= coverage[i];
			normalisedSum[i] /= coverage[i];
			difference[i] = bp[i] - predictionSum[i];
		}
		return new Reconstruction(blurred, image.like(predictionSum, image.name() + " prediction"), image.like(difference, image.name() + " difference"),
			image.like(normalisedSum, image.name() + " normalised difference"));
	}

	/** Window origins 0, stride, 2·stride, … and one flush with the far border so every pixel is covered. */
	static int[] positions(int length, int window, int stride) {
		int n = (length - window) / stride + 1;
		boolean flush = (n - 1) * stride + window < length;
		int[] out = new int[n + (flush ? 1 : 0)];
		for (int i = 0; i < n; i++) out[i] = i * stride;
		if (flush) out[n] = length - window;
		return out;
	}

	private static void copyWindow(Image2D image, int x0, int y0, int side, float[] dest, int offset) {
		float[] px = image.pixels();
		for (int y = 0; y < side; y++) System.arraycopy(px, (y0 + y) * image.width() + x0, dest, offset + y * side, side);
	}
}
