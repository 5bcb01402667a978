package org.stemsift.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

class ImagePlusBridgeTest {

	private static ImagePlus calibrated(ImagePlus imp) {
		ij.measure.Calibration c = imp.getCalibration();
		c.pixelWidth = 0.2;
		c.pixelHeight = 0.3;
		c.xOrigin = 10;
		c.yOrigin = 20;
		c.setUnit("nm");
		return imp;
	}

	@Test
	void floatImageIsWrappedWithoutCopyAndKeepsCalibration() {
		float[] px = { 1, 2, 3, 4, 5, 6 };
		ImagePlus imp = calibrated(new ImagePlus("f.tif", new FloatProcessor(3, 2, px)));
		Image2D img = ImagePlusBridge.toImage2D(imp);
		assertSame(px, img.pixels(), "32-bit pixels must be shared, not copied");
		assertEquals(new Calibration(10, 20, 0.2, 0.3, "nm"), img.calibration());
		assertEquals("f", img.name());
		assertEquals(6, img.get(2, 1));
		assertUntouched(imp, px, "f.tif");
	}

	@Test
	void imagePlusFromImage2DSharesThePixels() {
		float[] px = new float[12];
		Image2D img = new Image2D(4, 3, px, new Calibration(1, 2, 0.5, 0.25, "µm"), "result");
		ImagePlus imp = ImagePlusBridge.toImagePlus(img);
		assertSame(px, imp.getProcessor().getPixels());
		assertEquals("result", imp.getTitle());
		assertEquals(0.5, imp.getCalibration().pixelWidth);
		assertEquals(0.25, imp.getCalibration().pixelHeight);
		assertEquals(1, imp.getCalibration().xOrigin);
		assertEquals("µm", imp.getCalibration().getUnit());
		assertEquals(img.calibration(), ImagePlusBridge.toImage2D(imp).calibration(), "calibration survives the round trip");
		assertFalse(ImagePlusBridge.toImagePlus(Image2D.zeros(2, 2)).getCalibration().scaled());
	}

	@Test
	void eightAndSixteenBitAreConvertedToNewArrays() {
		byte[] b = { 0, 127, (byte) 128, (byte) 255 };
		ImagePlus i8 = new ImagePlus("b", new ByteProcessor(2, 2, b));
		Image2D g8 = ImagePlusBridge.toImage2D(i8);
		assertArrayEquals(new float[] { 0, 127, 128, 255 }, g8.pixels());
		assertUntouched(i8, b, "b");

		short[] s = { 0, 1000, (short) 40000, (short) 65535 };
		ImagePlus i16 = new ImagePlus("s", new ShortProcessor(2, 2, s, null));
		assertArrayEquals(new float[] { 0, 1000, 40000, 65535 }, ImagePlusBridge.toImage2D(i16).pixels());
		assertUntouched(i16, s, "s");
	}

	@Test
	void signed16BitValuesKeepTheirSign() {
		short[] raw = { (short) (32768 - 5), (short) 32768, (short) (32768 + 300), 0 };
		ImagePlus imp = new ImagePlus("signed", new ShortProcessor(2, 2, raw, null));
		imp.getCalibration().setSigned16BitCalibration();
		assertArrayEquals(new float[] { -5, 0, 300, -32768 }, ImagePlusBridge.toImage2D(imp).pixels());
	}

	@Test
	void rgbNeedsEqualChannels() {
		int[] gray = { 0x000000, 0x101010, 0x7f7f7f, 0xffffff };
		ImagePlus rgb = new ImagePlus("gray rgb", new ColorProcessor(2, 2, gray));
		assertArrayEquals(new float[] { 0, 16, 127, 255 }, ImagePlusBridge.toImage2D(rgb).pixels());
		assertUntouched(rgb, gray, "gray rgb");

		int[] colour = { 0x000000, 0x101010, 0x7f7f00, 0xffffff };
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImagePlusBridge.toImage2D(new ImagePlus("photo", new ColorProcessor(2, 2, colour))));
		assertTrue(e.getMessage().contains(RgbGray.ADVICE) && e.getMessage().contains("'photo'") && e.getMessage().contains("x=0, y=1"), e.getMessage());
	}

	@Test
	void stacksNeedASliceNumber() {
		ImageStack stack = new ImageStack(2, 2);
		float[][] planes = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 }, { 9, 10, 11, 12 } };
		for (int i = 0; i < 3; i++) stack.addSlice("patch" + i, planes[i]);
		ImagePlus imp = calibrated(new ImagePlus("stack", stack));
		imp.setSlice(2);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImagePlusBridge.toImage2D(imp));
		assertTrue(e.getMessage().contains("3 slices") && e.getMessage().contains("slice number"), e.getMessage());

		Image2D third = ImagePlusBridge.toImage2D(imp, 3);
		assertSame(planes[2], third.pixels());
		assertEquals("patch2", third.name());
		assertEquals(0.2, third.calibration().scaleX());
		assertThrows(IllegalArgumentException.class, () -> ImagePlusBridge.toImage2D(imp, 4));

		PatchStack p = ImagePlusBridge.toPatchStack(imp);
		assertEquals(3, p.count());
		assertArrayEquals(new float[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 }, p.data());
		assertEquals("patch1", p.name(1));
		assertEquals(2, imp.getCurrentSlice(), "the displayed slice is unchanged");
		assertArrayEquals(new float[] { 5, 6, 7, 8 }, planes[1]);

		ImagePlus back = ImagePlusBridge.toImagePlus(p, "patches");
		assertEquals(3, back.getStackSize());
		assertEquals("patch2", back.getStack().getSliceLabel(3));
	}

	@Test
	void hyperstackMessageNamesChannels() {
		ImageStack stack = new ImageStack(2, 2);
		for (int i = 0; i < 4; i++) stack.addSlice(new FloatProcessor(2, 2));
		ImagePlus imp = new ImagePlus("hyper", stack);
		imp.setDimensions(2, 2, 1);
		imp.setOpenAsHyperStack(true);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ImagePlusBridge.toImage2D(imp));
		assertTrue(e.getMessage().contains("2 channels"), e.getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> ImagePlusBridge.toPatchStack(imp)).getMessage().contains("Split Channels"));
		assertEquals(2, ImagePlusBridge.toImage2D(imp, 2).width());
	}

	private static void assertUntouched(ImagePlus imp, Object originalPixels, String title) {
		assertSame(originalPixels, imp.getProcessor().getPixels(), "the ImagePlus keeps its own pixel array");
		assertEquals(title, imp.getTitle());
		assertFalse(imp.changes);
		assertEquals(1, imp.getStackSize());
	}
}
