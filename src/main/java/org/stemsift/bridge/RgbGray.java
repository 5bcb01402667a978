package org.stemsift.bridge;

/**
 * Turns colour pixels into gray values only when that loses nothing: many microscopes and image viewers save gray
 * images as RGB, with R = G = B, and those are accepted; an image whose channels differ (a false-colour rendering, an
 * overlay, a colour photo) is refused, because any fixed weighting would invent intensities that were never measured.
 */
public final class RgbGray {

	/** Advice shown whenever an RGB image cannot be used as gray data. */
	public static final String ADVICE = "RGB image with different channels: convert to 8-bit/32-bit gray in Fiji first (Image > Type)";

	private RgbGray() {}

	/**
	 * The common channel value of packed {@code 0x..RRGGBB} pixels (alpha ignored), or an
	 * {@link IllegalArgumentException} naming the first pixel whose channels differ.
	 *
	 * @param width used only to report the pixel's x, y
	 * @param what  names the image in the message
	 */
	public static float[] toGray(int[] rgb, int width, String what) {
		float[] out = new float[rgb.length];
		for (int i = 0; i < rgb.length; i++) {
			int p = rgb[i], r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
			if (r != g || g != b)
				throw new IllegalArgumentException("'" + what + "' is an " + ADVICE + ". Pixel x=" + (i % width) + ", y=" + (i / width)
					+ " has R=" + r + ", G=" + g + ", B=" + b + ".");
			out[i] = r;
		}
		return out;
	}
}
