package org.stemsift.cluster.feature;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.stemsift.descriptor.SegmentFft;

/**
 * Summaries of the 2-D power spectrum of an image with its mean removed, scaled to unit peak and multiplied by a
 * separable Hann window (so the patch border adds no cross of leakage). Frequencies are in cycles per pixel (Nyquist
 * 0.5); the zero-frequency bin is left out of every sum. A flat image has no power: its fractions, centroid, spread,
 * entropy and peak are 0, its anisotropy 1.
 * <p>
 * Angles are those of the wavevector from the +x axis towards +y (image rows, downwards), folded into [0, π): stripes
 * that vary along x (vertical stripes) have angle 0. The {@value #SECTORS} sectors are 45° wide and centred on 0°, 45°,
 * 90° and 135°.
 *
 * @param bands fraction of the power in the low (radius ≤ {@value #LOW_BAND_EDGE}), mid (≤ {@value #MID_BAND_EDGE}) and
 *            high band
 * @param sectors fraction of the power in each angular sector
 * @param centroid power-weighted mean radius
 * @param spread power-weighted standard deviation of the radius
 * @param entropy Shannon entropy of the normalised power over the non-zero frequencies, over its maximum: 1 for white
 *            noise
 * @param peakFrequency radius of the strongest frequency
 * @param anisotropy ratio of the larger to the smaller principal second moment of the power over (kx, ky): 1 isotropic,
 *            at most {@value #MAX_ANISOTROPY}
 * @param orientation wavevector angle of the larger principal moment, in [0, π)
 */
public record PowerSpectrum(double[] bands, double[] sectors, double centroid, double spread, double entropy, double peakFrequency,
	double anisotropy, double orientation) {

	/** Upper radius of the low band and of the mid band, cycles per pixel (quarter and half of Nyquist). */
	public static final double LOW_BAND_EDGE = 0.125, MID_BAND_EDGE = 0.25;
	/** Anisotropy is capped here: a pure stripe pattern has no power across its wavevector at all. */
	public static final double MAX_ANISOTROPY = 1000;
	public static final int SECTORS = 4;

	private static final Map<Integer, Geometry> GEOMETRY = new ConcurrentHashMap<>();

	/** The spectrum of an image whose statistics are known (a flat one has no power). */
	public static PowerSpectrum of(float[] image, int side, ValueStats stats) {
		double[] bands = new double[3], sectors = new double[SECTORS];
		PowerSpectrum none = new PowerSpectrum(bands, sectors, 0, 0, 0, 0, 1, 0);
		if (stats.flat() || side < 2) return none;
		Geometry g = GEOMETRY.computeIfAbsent(side, Geometry::new);
		double[] a = SegmentFft.forward(windowed(image, g.window), side);
		int n = side * side;
		double[] power = new double[n];
		double total = 0;
		for (int k = 1; k < n; k++) total += power[k] = a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
		if (!(total > 0)) return none;
		double sumR = 0, sumR2 = 0, mxx = 0, myy = 0, mxy = 0, h = 0, best = -1, peak = 0;
		for (int k = 1; k < n; k++) {
			double p = power[k] / total, r = g.radius[k];
			bands[r <= LOW_BAND_EDGE ? 0 : r <= MID_BAND_EDGE ? 1 : 2] += p;
			sectors[g.sector[k]] += p;
			sumR += p * r;
			sumR2 += p * r * r;
			mxx += p * g.kx[k] * g.kx[k];
			myy += p * g.ky[k] * g.ky[k];
			mxy += p * g.kx[k] * g.ky[k];
			if (p > 0) h -= p * Math.log(p);
			if (p > best) {
				best = p;
				peak = r;
			}
		}
		double mean = (mxx + myy) / 2, dev = Math.hypot((mxx - myy) / 2, mxy);
		double major = mean + dev, minor = mean - dev;
		return new PowerSpectrum(bands, sectors, sumR, Math.sqrt(Math.max(0, sumR2 - sumR * sumR)), h / Math.log(n - 1), peak,
			minor * MAX_ANISOTROPY > major ? major / minor : MAX_ANISOTROPY, fold(0.5 * Math.atan2(2 * mxy, mxx - myy)));
	}

	/** Mean removed, scaled to a largest magnitude of 1 (extreme values stay finite), times the window. */
	private static float[] windowed(float[] image, double[] window) {
		double mean = 0, largest = 0;
		for (float v : image) mean += v;
		mean /= image.length;
		for (float v : image) largest = Math.max(largest, Math.abs(v - mean));
		float[] out = new float[image.length];
		for (int i = 0; i < out.length; i++) out[i] = (float) ((image[i] - mean) / largest * window[i]);
		return out;
	}

	/** An angle folded into [0, π): a wavevector and its negative describe the same stripes. */
	private static double fold(double angle) {
		double a = angle % Math.PI;
		return a < 0 ? a + Math.PI : a;
	}

	/** Fraction of the power in band 0 (low), 1 (mid) or 2 (high, up to the corner radius √2/2). */
	public double bandFraction(int band) { return bands[band]; }

	/** Fraction of the power in angular sector s (centred on s·45°). */
	public double sectorFraction(int sector) { return sectors[sector]; }

	/** Per-side constants: wavevectors of the unshifted FFT bins, their radius and sector, and the window. */
	private static final class Geometry {
		final double[] kx, ky, radius, window;
		final int[] sector;

		Geometry(int side) {
			int n = side * side;
			kx = new double[n];
			ky = new double[n];
			radius = new double[n];
			sector = new int[n];
			window = new double[n];
			double[] hann = new double[side];
			for (int i = 0; i < side; i++) hann[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / side);
			double width = Math.PI / SECTORS;
			for (int y = 0; y < side; y++)
				for (int x = 0; x < side; x++) {
					int k = y * side + x;
					kx[k] = (double) (x <= side / 2 ? x : x - side) / side;
					ky[k] = (double) (y <= side / 2 ? y : y - side) / side;
					radius[k] = Math.hypot(kx[k], ky[k]);
					sector[k] = (int) Math.floor((fold(Math.atan2(ky[k], kx[k])) + width / 2) / width) % SECTORS;
					window[k] = hann[x] * hann[y];
				}
		}
	}
}
