package org.stemsift.patterson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.stemsift.core.Image2D;

/**
 * Scheme two of Guo et al.: atom-centred segments from one set of lattice fringes, which works for any unit cell and
 * across domains, because only one family of planes has to be shared.
 * <p>
 * How: a Friedel pair ±g is Bragg-filtered ({@link BraggFilter}); image, fringes and fringe amplitude are rotated by
 * the angle of g so that the fringes run along y'; the canvas is cut into bands one interplanar spacing d high, and in
 * each band the fringe profile (averaged over the band) is searched for maxima, which are the centres of squares of
 * side d. Segments must lie wholly inside the image and where the fringes are clear (amplitude at least
 * {@code minAmplitude} times the median amplitude), which leaves out vacuum and amorphous regions.
 */
public final class FringeSegmentation {

	/** Default Bragg mask width, as a fraction of |g|. */
	public static final double DEFAULT_MASK_FRACTION = 1.0 / 6;
	/** Default minimum fringe amplitude, relative to the median over the image. */
	public static final double DEFAULT_MIN_AMPLITUDE = 0.5;

	/** What was segmented and how. */
	public record Fringes(Segmentation segmentation, Reflection reflection, double maskSigma) {}

	private FringeSegmentation() {}

	/**
	 * @param reflection the Friedel pair to use, or null for {@link BraggFilter#automaticReflection}
	 * @param maskSigma Gaussian mask width in FFT pixels, or 0 for |g| / 6
	 * @param side segment side in px, or 0 for the rounded interplanar spacing
	 */
	public static Fringes segment(Image2D image, Reflection reflection, double maskSigma, int side, double minAmplitude) {
		BraggFilter bragg = BraggFilter.of(image);
		double minRadius = Math.max(3, Math.min(image.width(), image.height()) / 64.0);
		Reflection g = reflection != null ? reflection : bragg.automaticReflection(minRadius);
		double sigma = maskSigma > 0 ? maskSigma : Math.max(1, g.radius() * DEFAULT_MASK_FRACTION);
		double d = g.spacing();
		int s = side > 0 ? side : Math.max(3, (int) Math.round(d));
		if (s > image.width() || s > image.height())
			throw new IllegalArgumentException("Segment size " + s + " px is larger than the " + image.width() + " x " + image.height() + " image; choose a smaller segment size");
		float[][] filtered = bragg.filter(g, sigma);

		RotatedFrame frame = new RotatedFrame(image.width(), image.height(), g.angle());
		float[] rotated = frame.resample(image.pixels()), fringes = frame.resample(filtered[0]), amplitude = frame.resample(filtered[1]);
		boolean[] valid = frame.validMask();
		double threshold = minAmplitude * median(amplitude, valid);

		List<double[]> centres = fringeMaxima(frame, fringes, amplitude, valid, d, threshold);
		double[] cx = centres.stream().mapToDouble(c -> c[0]).toArray(), cy = centres.stream().mapToDouble(c -> c[1]).toArray();
		Image2D canvas = new Image2D(frame.width, frame.height, rotated);
		SegmentCropper.Cut cut = SegmentCropper.cut(canvas, valid, cx, cy, s);
		if (cut == null) throw new IllegalArgumentException("No segment of " + s + " px fits where the fringes of spacing " + String.format("%.1f", d) + " px are clear");
		int n = cut.kept().length;
		double[] x = new double[n], y = new double[n];
		for (int k = 0; k < n; k++) {
			int i = cut.kept()[k];
			// the segment's centre as cut (whole pixels on the canvas), in image coordinates
			double mx = SegmentCropper.origin(cx[i], s) + (s - 1) / 2.0, my = SegmentCropper.origin(cy[i], s) + (s - 1) / 2.0;
			x[k] = frame.imageX(mx, my);
			y[k] = frame.imageY(mx, my);
		}
		return new Fringes(new Segmentation(cut.stack(), x, y, g.angle(), null, d), g, sigma);
	}

	/** Sub-pixel fringe maxima (canvas coordinates) along x' in bands of height d, where the amplitude is clear. */
	private static List<double[]> fringeMaxima(RotatedFrame frame, float[] fringes, float[] amplitude, boolean[] valid, double d, double threshold) {
		int w = frame.width, h = frame.height;
		List<double[]> out = new ArrayList<>();
		double[] profile = new double[w], strength = new double[w];
		int[] count = new int[w];
		int bands = (int) Math.floor(h / d);
		double top = (h - bands * d) / 2;
		for (int b = 0; b < bands; b++) {
			Arrays.fill(profile, 0);
			Arrays.fill(strength, 0);
			Arrays.fill(count, 0);
			double centre = top + (b + 0.5) * d - 0.5;
			for (int y = (int) Math.ceil(centre - d / 2); y < centre + d / 2 && y < h; y++) {
				if (y < 0) continue;
				for (int x = 0; x < w; x++) {
					int i = y * w + x;
					if (!valid[i]) continue;
					profile[x] += fringes[i];
					strength[x] += amplitude[i];
					count[x]++;
				}
			}
			for (int x = 1; x < w - 1; x++) {
				if (count[x - 1] == 0 || count[x] == 0 || count[x + 1] == 0) continue;
				double l = profile[x - 1] / count[x - 1], c = profile[x] / count[x], r = profile[x + 1] / count[x + 1];
				if (!(c > l && c >= r && c > 0) || strength[x] / count[x] < threshold) continue;
				double curvature = l - 2 * c + r, offset = curvature < 0 ? 0.5 * (l - r) / curvature : 0;
				out.add(new double[] { x + Math.max(-0.5, Math.min(0.5, offset)), centre });
			}
		}
		return out;
	}

	private static double median(float[] values, boolean[] valid) {
		int n = 0;
		for (boolean v : valid) if (v) n++;
		float[] kept = new float[n];
		for (int i = 0, k = 0; i < values.length; i++) if (valid[i]) kept[k++] = values[i];
		Arrays.sort(kept);
		return n == 0 ? 0 : kept[n / 2];
	}
}
