package org.stemsift.bridge;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * Converts between ImageJ 1 images and STEMsift's {@link Image2D}/{@link PatchStack}. A single 32-bit image is wrapped
 * without copying (the {@code Image2D} and the {@code FloatProcessor} share one {@code float[]}), so large images cost
 * no extra memory; 8- and 16-bit images are converted to new float arrays (through the ImageJ value calibration, so
 * signed 16-bit data keep their sign), and RGB images only when their channels are equal ({@link RgbGray}). The input
 * {@link ImagePlus} is never modified: no slice is changed, nothing is converted in place. Spatial calibration goes
 * both ways (ImageJ and STEMsift both use physical = (pixel − origin) · pixel size).
 */
public final class ImagePlusBridge {

	private ImagePlusBridge() {}

	/**
	 * The image as an {@code Image2D}; it must have one plane (one slice, channel and frame). For 32-bit images the
	 * result shares the pixel array with the ImagePlus: copy it before changing pixels that ImageJ must keep.
	 */
	public static Image2D toImage2D(ImagePlus imp) {
		if (imp.getStackSize() > 1)
			throw new IllegalArgumentException("'" + imp.getTitle() + "' has " + planes(imp) + "; STEMsift needs a single 2-D image here: "
				+ "choose one plane (Image > Duplicate..., or give a slice number) or use the stack as patches");
		return convert(imp.getProcessor(), imp, imp.getShortTitle());
	}

	/** Plane {@code stackIndex} (1-based, as in ImageJ) of a stack or hyperstack. */
	public static Image2D toImage2D(ImagePlus imp, int stackIndex) {
		int n = imp.getStackSize();
		if (stackIndex < 1 || stackIndex > n)
			throw new IllegalArgumentException("Slice " + stackIndex + " does not exist: '" + imp.getTitle() + "' has " + n + (n == 1 ? " slice" : " slices"));
		if (n == 1) return toImage2D(imp);
		return convert(imp.getStack().getProcessor(stackIndex), imp, sliceName(imp, stackIndex));
	}

	/**
	 * All planes of a single-channel stack as patches (always a copy, since patches are stored contiguously). Slice
	 * labels, such as the file names of an image sequence, become patch names.
	 */
	public static PatchStack toPatchStack(ImagePlus imp) {
		if (imp.getNChannels() > 1)
			throw new IllegalArgumentException("'" + imp.getTitle() + "' has " + imp.getNChannels()
				+ " channels; patches need a single-channel stack: split the channels first (Image > Color > Split Channels)");
		int n = imp.getStackSize(), w = imp.getWidth(), h = imp.getHeight();
		float[] data = new float[Math.multiplyExact(n, w * h)];
		String[] names = new String[n];
		for (int i = 1; i <= n; i++) {
			ImageProcessor ip = n == 1 ? imp.getProcessor() : imp.getStack().getProcessor(i);
			System.arraycopy(convert(ip, imp, imp.getShortTitle() + " slice " + i).pixels(), 0, data, (i - 1) * w * h, w * h);
			String label = n == 1 ? null : imp.getStack().getShortSliceLabel(i);
			names[i - 1] = label == null || label.isBlank() ? Integer.toString(i - 1) : label;
		}
		return new PatchStack(n, w, h, data, names);
	}

	/** A 32-bit ImagePlus over the same pixel array (no copy), with the calibration set. */
	public static ImagePlus toImagePlus(Image2D image) {
		ImagePlus imp = new ImagePlus(image.name(), new FloatProcessor(image.width(), image.height(), image.pixels()));
		imp.setCalibration(toImageJ(image.calibration()));
		return imp;
	}

	/** A 32-bit stack of copies of the patches, labelled with the patch names. */
	public static ImagePlus toImagePlus(PatchStack patches, String title) {
		ImageStack stack = new ImageStack(patches.width(), patches.height());
		for (int i = 0; i < patches.count(); i++) stack.addSlice(patches.name(i), patches.patch(i).pixels());
		return new ImagePlus(title, stack);
	}

	/** ImageJ's spatial calibration as STEMsift's; invalid pixel sizes give {@link Calibration#PIXELS}. */
	public static Calibration toCalibration(ij.measure.Calibration c) {
		if (c == null) return Calibration.PIXELS;
		double pw = c.pixelWidth, ph = c.pixelHeight;
		if (!(pw > 0 && ph > 0 && Double.isFinite(pw) && Double.isFinite(ph))) return Calibration.PIXELS;
		if (pw == 1 && ph == 1 && c.xOrigin == 0 && c.yOrigin == 0 && "pixel".equals(c.getUnit())) return Calibration.PIXELS;
		return new Calibration(c.xOrigin, c.yOrigin, pw, ph, c.getUnit());
	}

	public static ij.measure.Calibration toImageJ(Calibration c) {
		ij.measure.Calibration out = new ij.measure.Calibration();
		if (c.isPixels() && "pixel".equals(c.unit())) return out;
		out.pixelWidth = c.scaleX();
		out.pixelHeight = c.scaleY();
		out.xOrigin = c.originX();
		out.yOrigin = c.originY();
		out.setUnit(c.unit());
		return out;
	}

	private static Image2D convert(ImageProcessor ip, ImagePlus imp, String name) {
		Calibration cal = toCalibration(imp.getCalibration());
		int w = ip.getWidth(), h = ip.getHeight();
		return new Image2D(w, h, floats(ip, imp.getCalibration(), name), cal, name);
	}

	private static float[] floats(ImageProcessor ip, ij.measure.Calibration cal, String name) {
		if (ip instanceof FloatProcessor) return (float[]) ip.getPixels();
		if (ip instanceof ColorProcessor) return RgbGray.toGray((int[]) ip.getPixels(), ip.getWidth(), name);
		float[] table = cal != null && cal.calibrated() ? cal.getCTable() : null;
		int n = ip.getPixelCount();
		float[] out = new float[n];
		if (ip instanceof ByteProcessor) {
			byte[] p = (byte[]) ip.getPixels();
			for (int i = 0; i < n; i++) out[i] = table == null ? p[i] & 0xff : table[p[i] & 0xff];
		} else if (ip instanceof ShortProcessor) {
			short[] p = (short[]) ip.getPixels();
			for (int i = 0; i < n; i++) out[i] = table == null ? p[i] & 0xffff : table[p[i] & 0xffff];
		} else {
			throw new IllegalArgumentException("'" + name + "' has an unsupported pixel type " + ip.getClass().getSimpleName());
		}
		return out;
	}

	private static String planes(ImagePlus imp) {
		if (!imp.isHyperStack() && imp.getNChannels() == 1 && imp.getNFrames() == 1) return imp.getStackSize() + " slices";
		return imp.getNSlices() + " slices × " + imp.getNChannels() + " channels × " + imp.getNFrames() + " frames";
	}

	private static String sliceName(ImagePlus imp, int index) {
		String label = imp.getStack().getShortSliceLabel(index);
		return label == null || label.isBlank() ? imp.getShortTitle() + "-" + index : label;
	}
}
