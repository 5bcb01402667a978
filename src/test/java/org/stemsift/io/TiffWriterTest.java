package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ij.ImagePlus;
import ij.io.Opener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;

class TiffWriterTest {

	@TempDir
	Path dir;

	@Test
	void floatImageWithCalibrationReopensInImageJ() throws IOException {
		float[] px = new float[6 * 4];
		for (int i = 0; i < px.length; i++) px[i] = (float) Math.sin(i) * 1e4f;
		Calibration cal = new Calibration(2.5, -1, 0.0177, 0.0177, "nm");
		Path f = dir.resolve("map.tif");
		TiffWriter.write(new Image2D(6, 4, px, cal, "map"), f);

		ImagePlus imp = new Opener().openImage(f.toString());
		assertEquals(32, imp.getBitDepth());
		assertArrayEquals(px, (float[]) imp.getProcessor().getPixels());
		assertEquals(0.0177, imp.getCalibration().pixelWidth, 1e-9); // TIFF stores it as a rational
		assertEquals(2.5, imp.getCalibration().xOrigin, 1e-12);
		assertEquals(-1, imp.getCalibration().yOrigin, 1e-12);
		assertEquals("nm", imp.getCalibration().getUnit());

		Image2D back = ImageFiles.readImage(f);
		assertArrayEquals(px, back.pixels());
		assertEquals(cal.scaleX(), back.calibration().scaleX(), 1e-9);
		assertEquals("nm", back.calibration().unit());
		try (var s = Files.list(dir)) {
			assertEquals(1, s.count(), "only the TIFF, no temporary file");
		}
	}

	@Test
	void labelsAre16BitWhenTheyFitElse32Bit() throws IOException {
		int[] small = { 0, 1, 2, 65535, 3, 0 };
		Path f16 = dir.resolve("labels16.tif");
		TiffWriter.writeLabels(small, 3, 2, Calibration.PIXELS, f16);
		ImagePlus a = new Opener().openImage(f16.toString());
		assertEquals(16, a.getBitDepth());
		assertEquals(65535, a.getProcessor().get(0, 1));
		assertEquals(2, a.getProcessor().get(2, 0));

		int[] big = { 0, 70000, -3, 16_000_000 };
		Path f32 = dir.resolve("labels32.tif");
		TiffWriter.writeLabels(big, 2, 2, new Calibration(0, 0, 2, 2, "µm"), f32);
		ImagePlus b = new Opener().openImage(f32.toString());
		assertEquals(32, b.getBitDepth());
		assertArrayEquals(new float[] { 0, 70000, -3, 16_000_000 }, (float[]) b.getProcessor().getPixels());
		assertEquals(2, b.getCalibration().pixelWidth, 1e-12);

		assertThrows(IllegalArgumentException.class, () -> TiffWriter.writeLabels(new int[] { 1 << 25 }, 1, 1, null, dir.resolve("x.tif")));
		assertThrows(IllegalArgumentException.class, () -> TiffWriter.writeLabels(new int[3], 2, 2, null, dir.resolve("x.tif")));
	}
}
