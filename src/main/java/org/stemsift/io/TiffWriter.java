package org.stemsift.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;

/**
 * Writes results as ImageJ TIFFs (via ImageJ's own {@link FileSaver}, so that Fiji reopens them with their spatial
 * calibration): 32-bit float images such as anomaly maps, and integer label images such as segmentations. Files are
 * written atomically (see {@link AtomicFiles}), so an interrupted run never leaves a half-written TIFF.
 */
public final class TiffWriter {

	/** Largest label a 32-bit float TIFF stores exactly (2^24). */
	public static final int MAX_FLOAT_LABEL = 1 << 24;

	private TiffWriter() {}

	/** A 32-bit float TIFF with the image's calibration. */
	public static void write(Image2D image, Path file) throws IOException {
		save(ImagePlusBridge.toImagePlus(image), file);
	}

	/**
	 * A label image ({@code labels[y * width + x]}): 16-bit when all labels are in 0..65535 (the usual case, and what
	 * label tools in Fiji expect), else 32-bit float, which holds integers exactly up to 2^24.
	 */
	public static void writeLabels(int[] labels, int width, int height, Calibration calibration, Path file) throws IOException {
		if (width <= 0 || height <= 0 || labels.length != (long) width * height)
			throw new IllegalArgumentException(labels.length + " labels do not fill a " + width + " × " + height + " image");
		int min = 0, max = 0;
		for (int v : labels) { min = Math.min(min, v); max = Math.max(max, v); }
		ImageProcessor ip;
		if (min >= 0 && max <= 0xffff) {
			short[] p = new short[labels.length];
			for (int i = 0; i < p.length; i++) p[i] = (short) labels[i];
			ip = new ShortProcessor(width, height, p, null);
		} else {
			if (Math.max(Math.abs((long) min), max) > MAX_FLOAT_LABEL)
				throw new IllegalArgumentException("Label " + (max > MAX_FLOAT_LABEL ? max : min) + " is too large to store exactly in a TIFF (limit ±" + MAX_FLOAT_LABEL + ")");
			float[] p = new float[labels.length];
			for (int i = 0; i < p.length; i++) p[i] = labels[i];
			ip = new FloatProcessor(width, height, p);
		}
		ip.resetMinAndMax();
		ImagePlus imp = new ImagePlus(NpyReader.baseName(file), ip);
		imp.setCalibration(ImagePlusBridge.toImageJ(calibration == null ? Calibration.PIXELS : calibration));
		save(imp, file);
	}

	private static void save(ImagePlus imp, Path file) throws IOException {
		AtomicFiles.writeVia(file, temp -> {
			boolean redirecting = IJ.redirectingErrorMessages();
			IJ.redirectErrorMessages(true);
			IJ.getErrorMessage();
			try {
				if (!new FileSaver(imp).saveAsTiff(temp.toString()) || Files.size(temp) == 0) {
					String why = IJ.getErrorMessage();
					throw new IOException("Could not write the TIFF " + file + (why == null ? "" : ": " + why.strip()) + "; check that the folder is writable and the disk not full");
				}
			} finally {
				IJ.redirectErrorMessages(redirecting);
			}
		});
	}
}
