package org.stemsift.patterson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jtransforms.fft.DoubleFFT_2D;
import org.stemsift.core.Image2D;
import org.stemsift.core.filter.GaussianBlur;
import org.stemsift.core.filter.LocalExtrema;
import org.stemsift.core.filter.Peak;

/**
 * The Fourier side of scheme two: the power spectrum of an image, its Bragg reflections, the automatic choice of a
 * Friedel pair, and the Bragg-filtered image of one pair.
 * <p>
 * Why a one-sided mask: keeping only the Gaussian neighbourhood of +g gives a complex image whose real part (times
 * two) is the usual ±g Bragg-filtered image, i.e. the lattice fringes, and whose modulus is their local amplitude. The
 * amplitude tells crystal from vacuum or amorphous material, where there are no fringes to centre segments on.
 */
public final class BraggFilter {

	/** Reflections weaker than this share of the strongest are not candidates for the automatic choice. */
	public static final double CANDIDATE_SHARE = 0.5;
	/** A sub-harmonic g/n counts as the fundamental of g when it reaches this share of the strongest reflection. */
	public static final double FUNDAMENTAL_SHARE = 0.05;
	/**
	 * The strongest reflection must exceed the median power at its distance from the centre by this factor; the
	 * largest of the ~10⁵ maxima of a smoothed noise spectrum stays below about 5 times that median.
	 */
	public static final double MIN_CONTRAST = 20;

	private final int width, height;
	/** Centred FFT, interleaved complex, row-major. */
	private final double[] spectrum;
	private Image2D smoothed;

	private BraggFilter(int width, int height, double[] spectrum) {
		this.width = width;
		this.height = height;
		this.spectrum = spectrum;
	}

	/** The FFT of the image with its mean removed. */
	public static BraggFilter of(Image2D image) {
		int w = image.width(), h = image.height();
		double mean = 0;
		for (float v : image.pixels()) mean += v;
		mean /= (double) w * h;
		double[] a = new double[2 * w * h];
		float[] px = image.pixels();
		for (int i = 0; i < w * h; i++) a[2 * i] = px[i] - mean;
		new DoubleFFT_2D(h, w).complexForward(a);
		return new BraggFilter(w, h, a);
	}

	/** The power spectrum with zero frequency at ({@code width / 2}, {@code height / 2}), normalised by the pixel count. */
	public Image2D powerSpectrum() {
		float[] p = new float[width * height];
		double norm = (double) width * height;
		for (int y = 0; y < height; y++) {
			int sy = (y + height / 2) % height;
			for (int x = 0; x < width; x++) {
				int k = 2 * (y * width + x), sx = (x + width / 2) % width;
				p[sy * width + sx] = (float) ((spectrum[k] * spectrum[k] + spectrum[k + 1] * spectrum[k + 1]) / norm);
			}
		}
		return new Image2D(width, height, p).withName("power spectrum");
	}

	/**
	 * Local maxima of the smoothed power spectrum in one half-plane (a reflection and its Friedel mate are one pair),
	 * farther than {@code minRadius} FFT pixels from the centre, strongest first.
	 */
	public List<Reflection> reflections(double minRadius) {
		Image2D smooth = smoothedPower();
		List<Reflection> out = new ArrayList<>();
		int cx = width / 2, cy = height / 2;
		for (Peak p : LocalExtrema.findMaxima(smooth, 3, Double.NEGATIVE_INFINITY)) {
			double u = p.x() - cx, v = p.y() - cy;
			if (Math.hypot(u, v) < minRadius || v < 0 || v == 0 && u < 0) continue;
			out.add(new Reflection(u, v, width, height, p.value()));
		}
		out.sort(Comparator.comparingDouble(Reflection::power).reversed());
		return out;
	}

	/**
	 * The automatic Friedel pair: among the reflections at least {@link #CANDIDATE_SHARE} as strong as the strongest,
	 * the one with the shortest interplanar spacing, then taken back to the fundamental reflection of its family of
	 * planes: if g/2, g/3 or g/4 is also a reflection (at least {@link #FUNDAMENTAL_SHARE} of the strongest), the
	 * shortest such g/n is used. Why: a strong reflection is often the second order of the real plane spacing, and
	 * segments one harmonic period wide hold too little of the structure to tell domains apart (on the ZrO2 twin,
	 * the second-order period leaves the domains indistinguishable, the fundamental separates them).
	 *
	 * @throws IllegalArgumentException "No periodicity found" when the spectrum has no reflection
	 */
	public Reflection automaticReflection(double minRadius) {
		List<Reflection> all = reflections(minRadius);
		if (all.isEmpty() || !(all.get(0).power() > 0))
			throw new IllegalArgumentException("No periodicity found: the power spectrum has no Bragg reflection beyond " + Math.round(minRadius) + " FFT pixels from its centre");
		double strongest = all.get(0).power(), contrast = strongest / medianAtRadius(all.get(0).radius());
		if (!(contrast >= MIN_CONTRAST))
			throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
				"No periodicity found: the strongest peak of the power spectrum is only %.1f times the background at its frequency (need %.0f); the image may be noise or amorphous", contrast,
				MIN_CONTRAST));
		Reflection best = all.get(0);
		for (Reflection r : all) if (r.power() >= CANDIDATE_SHARE * strongest && r.spacing() < best.spacing()) best = r;
		return fundamental(best, all, strongest);
	}

	private synchronized Image2D smoothedPower() {
		if (smoothed == null) smoothed = GaussianBlur.blur(powerSpectrum(), 1);
		return smoothed;
	}

	/** Median smoothed power in the ring from 0.8 to 1.2 times {@code radius} around the centre. */
	private double medianAtRadius(double radius) {
		Image2D smooth = smoothedPower();
		int cx = width / 2, cy = height / 2;
		java.util.List<Float> ring = new ArrayList<>();
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				double r = Math.hypot(x - cx, y - cy);
				if (r >= 0.8 * radius && r <= 1.2 * radius) ring.add(smooth.get(x, y));
			}
		float[] values = new float[ring.size()];
		for (int i = 0; i < values.length; i++) values[i] = ring.get(i);
		return org.stemsift.core.filter.Statistics.median(values);
	}

	private static Reflection fundamental(Reflection g, List<Reflection> all, double strongest) {
		for (int n = 4; n >= 2; n--) {
			double u = g.u() / n, v = g.v() / n, tolerance = Math.max(1.5, 0.05 * g.radius() / n);
			for (Reflection r : all)
				if (r.power() >= FUNDAMENTAL_SHARE * strongest && (Math.hypot(r.u() - u, r.v() - v) <= tolerance || Math.hypot(r.u() + u, r.v() + v) <= tolerance)) return r;
		}
		return g;
	}

	/**
	 * The Bragg-filtered image of the pair ±g with a Gaussian mask of {@code sigma} FFT pixels.
	 *
	 * @return {fringes, amplitude}: the filtered image and the local fringe amplitude, both {@code width x height}
	 */
	public float[][] filter(Reflection g, double sigma) {
		if (!(sigma > 0)) throw new IllegalArgumentException("Bragg mask size must be positive, got " + sigma);
		double[] a = new double[spectrum.length];
		double inv = 1 / (2 * sigma * sigma);
		for (int y = 0; y < height; y++) {
			double dv = wrap(y, height) - g.v();
			for (int x = 0; x < width; x++) {
				double du = wrap(x, width) - g.u(), weight = Math.exp(-(du * du + dv * dv) * inv);
				if (weight < 1e-8) continue;
				int k = 2 * (y * width + x);
				a[k] = spectrum[k] * weight;
				a[k + 1] = spectrum[k + 1] * weight;
			}
		}
		new DoubleFFT_2D(height, width).complexInverse(a, true);
		float[] fringes = new float[width * height], amplitude = new float[width * height];
		for (int i = 0; i < fringes.length; i++) {
			fringes[i] = (float) (2 * a[2 * i]);
			amplitude[i] = (float) (2 * Math.hypot(a[2 * i], a[2 * i + 1]));
		}
		return new float[][] { fringes, amplitude };
	}

	/** Signed frequency of FFT index i (0, 1, ..., n/2 - 1, -n/2, ..., -1 for even n). */
	private static double wrap(int i, int n) {
		return i < (n + 1) / 2 ? i : i - n;
	}
}
