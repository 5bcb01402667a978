package org.stemsift.testutil;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.stemsift.core.Image2D;
import org.stemsift.io.TiffWriter;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;
import org.stemsift.validation.SyntheticSamples;

/** Small synthetic images and damaged files for the CLI, Fiji and bad-input tests. */
public final class TestImages {

	/** Side of the default test image and its lattice spacing: big enough for a few 32 px windows, small enough to be fast. */
	public static final int SIZE = 128;
	public static final double SPACING = 12;

	private TestImages() {}

	/** A defect-free square lattice (training data). */
	public static Image2D reference(long seed) {
		return LatticeGenerator.renderReference(settings(SIZE, seed), seed);
	}

	/** The same lattice with a few planted defects of each kind. */
	public static Image2D withDefects(int size, long seed) {
		return LatticeGenerator.generate(settings(size, seed)).image();
	}

	public static LatticeSettings settings(int size, long seed) {
		return SyntheticSamples.mixedDefects(LatticeType.SQUARE, size, SPACING, 7, 50, 1, seed);
	}

	/** A 32-bit TIFF of the image, written with STEMsift's own writer (what the CLI's users feed it). */
	public static Path tiff(Image2D image, Path file) {
		try {
			TiffWriter.write(image, file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return file;
	}

	/** A 32-bit TIFF written by ImageJ directly (for images STEMsift would refuse to write, e.g. with NaN). */
	public static Path floatTiff(int width, int height, float[] pixels, Path file) {
		save(new ImagePlus("float", new FloatProcessor(width, height, pixels)), file);
		return file;
	}

	/** An RGB TIFF whose red channel differs from green and blue at every pixel (a false-colour rendering). */
	public static Path colourTiff(int width, int height, Path file) {
		int[] rgb = new int[width * height];
		for (int i = 0; i < rgb.length; i++) rgb[i] = (200 << 16) | (i % 100 << 8) | (i % 100);
		save(new ImagePlus("colour", new ColorProcessor(width, height, rgb)), file);
		return file;
	}

	private static void save(ImagePlus imp, Path file) {
		if (!new FileSaver(imp).saveAsTiff(file.toString())) throw new IllegalStateException("ImageJ could not write " + file);
	}

	/** A copy of the first {@code fraction} of the bytes of {@code source}. */
	public static Path truncatedCopy(Path source, Path target, double fraction) {
		try {
			byte[] all = Files.readAllBytes(source);
			Files.write(target, Arrays.copyOf(all, (int) (all.length * fraction)));
			return target;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path randomBytes(Path target, int n, long seed) {
		byte[] b = new byte[n];
		new SplittableRandom(seed).nextBytes(b);
		try {
			Files.write(target, b);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return target;
	}

	/** SHA-256 of a file's bytes, hex; to prove a command left its input alone. */
	public static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A file under src/test/resources (from the class path). */
	public static Path resource(String absoluteName) {
		URL url = TestImages.class.getResource(absoluteName);
		assertNotNull(url, "missing test resource " + absoluteName);
		try {
			return Path.of(url.toURI());
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
