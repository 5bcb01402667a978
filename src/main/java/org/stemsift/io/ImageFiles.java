package org.stemsift.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;

import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.bridge.RgbGray;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * The one entry point for reading images from disk, used by the Fiji commands and the command line alike, so that
 * every format is refused or accepted for the same reasons with the same messages. The extension chooses the reader:
 * {@code .npy} ({@link NpyReader}), {@code .dm3}/{@code .dm4} ({@link DmReader}) and everything else ImageJ 1
 * (TIFF, PNG, JPEG, GIF, BMP). Images become 32-bit gray; RGB is accepted only with equal channels; spatial
 * calibrations are kept. All failures are {@link ImageReadException}s naming the file and what to do.
 */
public final class ImageFiles {

	private ImageFiles() {}

	/** One 2-D gray image, named after the file (without extension). */
	public static Image2D readImage(Path file) throws IOException {
		requireFile(file);
		String name = NpyReader.baseName(file);
		return switch (format(file)) {
			case NPY -> NpyReader.readImage(file);
			case DM -> dmImage(file, name);
			case IMAGEJ -> imageJImage(file, name);
		};
	}

	/** Like {@link #readPatches(Path, List)}, dropping the warnings about skipped files. */
	public static PatchStack readPatches(Path path) throws IOException {
		return readPatches(path, new ArrayList<>());
	}

	/**
	 * Patches from a 3-D {@code .npy} {@code (n, h, w)}, a multi-slice TIFF, a 3-D DigitalMicrograph stack, or a folder
	 * of equally sized images (in file-name order). For a folder, files that cannot be read are skipped and a line
	 * saying why is added to {@code warnings} for the caller to show.
	 */
	public static PatchStack readPatches(Path path, List<String> warnings) throws IOException {
		if (Files.isDirectory(path)) return PatchFolder.read(path, warnings);
		requireFile(path);
		return switch (format(path)) {
			case NPY -> NpyReader.readPatches(path);
			case DM -> dmPatches(path);
			case IMAGEJ -> imageJPatches(path);
		};
	}

	/** Everything in a DigitalMicrograph file: all images (spectra and 3-D data too), calibrations and tags. */
	public static DmFile readDm(Path file) throws IOException {
		requireFile(file);
		return DmReader.read(file);
	}

	private enum Format { NPY, DM, IMAGEJ }

	private static Format format(Path file) {
		String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (n.endsWith(".npy")) return Format.NPY;
		if (n.endsWith(".dm3") || n.endsWith(".dm4")) return Format.DM;
		return Format.IMAGEJ;
	}

	private static void requireFile(Path file) throws ImageReadException {
		if (!Files.exists(file)) throw new ImageReadException(file, "the file does not exist; check the path");
		if (Files.isDirectory(file)) throw new ImageReadException(file, "it is a folder, not an image file");
		if (!Files.isReadable(file)) throw new ImageReadException(file, "the file is not readable; check its permissions");
	}

	private static Image2D dmImage(Path file, String name) throws IOException {
		DmImage main = usableMainImage(file);
		int[] dims = main.significantDimensions();
		if (dims.length != 2)
			throw new ImageReadException(file, "its main image is " + (dims.length < 2 ? "a 1-D spectrum" : "a " + dims.length + "-D " + (main.isSpectral() ? "spectrum image" : "stack"))
				+ " (" + main.description() + "), not a 2-D image" + (dims.length == 3 && !main.isSpectral() ? "; read it as a patch stack instead" : ""));
		return new Image2D(dims[0], dims[1], dmValues(file, main), main.calibration(), name);
	}

	private static PatchStack dmPatches(Path file) throws IOException {
		DmImage main = usableMainImage(file);
		int[] dims = main.significantDimensions();
		if (main.isSpectral())
			throw new ImageReadException(file, "it holds a spectrum" + (dims.length == 3 ? " image" : "") + " (" + main.description() + ", signal "
				+ main.tag("ImageTags.Meta Data.Signal") + "), not a stack of images; patches must be images");
		if (dims.length != 3)
			throw new ImageReadException(file, "its main image is " + dims.length + "-D (" + main.description() + "); a patch stack needs 3-D data");
		return new PatchStack(dims[2], dims[0], dims[1], dmValues(file, main));
	}

	private static DmImage usableMainImage(Path file) throws IOException {
		DmImage main = DmReader.read(file).mainImage();
		if (main.unsupportedReason().isPresent()) throw new ImageReadException(file, main.description() + ": " + main.unsupportedReason().get());
		if (main.isComplex())
			throw new ImageReadException(file, "its main image is complex-valued (" + main.description() + "), e.g. an FFT; STEMsift analyses real images: "
				+ "open the real-space image instead");
		return main;
	}

	private static float[] dmValues(Path file, DmImage image) throws ImageReadException {
		if (!image.isRgb()) return image.values();
		try {
			return RgbGray.toGray(image.rgb(), image.dimensions()[0], image.name());
		} catch (IllegalArgumentException e) {
			throw new ImageReadException(file, e.getMessage());
		}
	}

	private static Image2D imageJImage(Path file, String name) throws IOException {
		ImagePlus imp = ImageJFiles.open(file);
		if (imp.getStackSize() > 1)
			throw new ImageReadException(file, "it holds a stack of " + imp.getStackSize() + " images (" + imp.getWidth() + " × " + imp.getHeight()
				+ "), not a single image; read it as a patch stack, or save one slice (Image > Duplicate...)");
		try {
			return ImagePlusBridge.toImage2D(imp).withName(name);
		} catch (IllegalArgumentException e) {
			throw new ImageReadException(file, e.getMessage());
		}
	}

	private static PatchStack imageJPatches(Path file) throws IOException {
		ImagePlus imp = ImageJFiles.open(file);
		if (imp.getStackSize() == 1)
			throw new ImageReadException(file, "it holds a single image; a patch stack needs a multi-slice TIFF, a 3-D .npy (n, h, w), a DigitalMicrograph stack "
				+ "or a folder of images");
		try {
			return ImagePlusBridge.toPatchStack(imp);
		} catch (IllegalArgumentException e) {
			throw new ImageReadException(file, e.getMessage());
		}
	}
}
