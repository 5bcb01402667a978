package org.stemsift.io;

import java.nio.file.Path;
import java.util.Locale;

import ij.IJ;
import ij.ImagePlus;
import ij.io.Opener;

/**
 * Opens TIFF, PNG, JPEG, GIF and BMP files with ImageJ 1's {@link Opener}, the reader Fiji users already trust, with
 * its error dialogs redirected so that failures come back as an {@link ImageReadException} instead of a popup.
 *
 * <p>Palette images are a special case: in GIF, PNG and BMP files an 8-bit pixel is an index into a colour table, so
 * those are mapped through their table (and then must be gray, see {@link org.stemsift.bridge.RgbGray}). An 8-bit TIFF
 * keeps its raw values even with a colour LUT, because ImageJ saves its display LUT with measured data.
 */
final class ImageJFiles {

	private ImageJFiles() {}

	static ImagePlus open(Path file) throws ImageReadException {
		boolean redirecting = IJ.redirectingErrorMessages();
		IJ.redirectErrorMessages(true);
		IJ.getErrorMessage(); // clears a stale message
		ImagePlus imp;
		try {
			Opener opener = new Opener();
			opener.setSilentMode(true);
			imp = opener.openImage(file.toAbsolutePath().toString());
		} catch (RuntimeException e) {
			throw new ImageReadException(file, "ImageJ could not read it (" + e + "); the file may be damaged", e);
		} finally {
			IJ.redirectErrorMessages(redirecting);
		}
		if (imp == null) {
			String why = IJ.getErrorMessage();
			throw new ImageReadException(file, "ImageJ could not open it" + (why == null || why.isBlank() ? ": the format is not supported or the file is damaged" : " (" + why.strip() + ")")
				+ "; STEMsift reads TIFF, PNG, JPEG, GIF, BMP, NumPy .npy and DigitalMicrograph .dm3/.dm4 files");
		}
		return isPaletteFormat(file) && hasPalette(imp) ? new ImagePlus(imp.getTitle(), imp.getProcessor().convertToRGB()) : imp;
	}

	private static boolean isPaletteFormat(Path file) {
		String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return n.endsWith(".gif") || n.endsWith(".png") || n.endsWith(".bmp");
	}

	private static boolean hasPalette(ImagePlus imp) {
		return imp.getStackSize() == 1 && imp.getBitDepth() == 8 && (imp.getProcessor().isColorLut() || imp.isInvertedLut());
	}
}
