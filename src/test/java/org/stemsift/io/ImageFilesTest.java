package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Calibration;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/** Reading through ImageJ 1 (files made here with ImageJ's own writers) and the dispatch by extension. */
class ImageFilesTest {

	private static final int W = 12, H = 9;

	@TempDir
	Path dir;

	private static int value(int x, int y) { return (x * 17 + y * 5) % 256; }

	private static ByteProcessor gray8() {
		ByteProcessor ip = new ByteProcessor(W, H);
		for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) ip.set(x, y, value(x, y));
		return ip;
	}

	private static ColorProcessor rgb(boolean equalChannels) {
		ColorProcessor ip = new ColorProcessor(W, H);
		for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
			int v = value(x, y);
			ip.set(x, y, (v << 16) | ((equalChannels || x != 5 || y != 2 ? v : v ^ 1) << 8) | v);
		}
		return ip;
	}

	private Path save(ImagePlus imp, String name) {
		String path = dir.resolve(name).toString();
		FileSaver s = new FileSaver(imp);
		boolean ok = name.endsWith(".tif") ? s.saveAsTiff(path) : name.endsWith(".png") ? s.saveAsPng(path) : name.endsWith(".gif") ? s.saveAsGif(path)
			: name.endsWith(".bmp") ? s.saveAsBmp(path) : s.saveAsJpeg(path);
		assertTrue(ok, "ImageJ could not save " + name);
		return dir.resolve(name);
	}

	private static void assertGradient(Image2D img) {
		assertEquals(W, img.width());
		assertEquals(H, img.height());
		for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) assertEquals(value(x, y), img.get(x, y), "pixel " + x + "," + y);
	}

	@Test
	void eightBitTiffWithCalibration() throws IOException {
		ImagePlus imp = new ImagePlus("g8", gray8());
		ij.measure.Calibration cal = imp.getCalibration();
		cal.pixelWidth = 0.25;
		cal.pixelHeight = 0.5;
		cal.xOrigin = 3;
		cal.yOrigin = -2;
		cal.setUnit("nm");
		Image2D img = ImageFiles.readImage(save(imp, "g8.tif"));
		assertGradient(img);
		assertEquals("g8", img.name());
		assertEquals(new Calibration(3, -2, 0.25, 0.5, "nm"), img.calibration());
	}

	@Test
	void sixteenAndThirtyTwoBitTiff() throws IOException {
		ShortProcessor sp = new ShortProcessor(W, H);
		sp.set(0, 0, 60000);
		sp.set(1, 0, 40000);
		sp.set(2, 3, 7);
		Image2D s = ImageFiles.readImage(save(new ImagePlus("s", sp), "s16.tif"));
		assertEquals(60000, s.get(0, 0));
		assertEquals(40000, s.get(1, 0));
		assertEquals(7, s.get(2, 3));
		assertTrue(s.calibration().isPixels());

		float[] px = new float[W * H];
		for (int i = 0; i < px.length; i++) px[i] = -1.5f * i + 0.125f;
		Image2D f = ImageFiles.readImage(save(new ImagePlus("f", new FloatProcessor(W, H, px)), "f32.tif"));
		assertArrayEquals(px, f.pixels());
	}

	@Test
	void pngGifBmpGray() throws IOException {
		for (String name : new String[] { "g.png", "g.gif", "g.bmp" }) assertGradient(ImageFiles.readImage(save(new ImagePlus("g", gray8()), name)));
		ShortProcessor sp = new ShortProcessor(W, H);
		sp.set(3, 4, 50000);
		assertEquals(50000, ImageFiles.readImage(save(new ImagePlus("s", sp), "s16.png")).get(3, 4));
	}

	@Test
	void grayJpegIsReadApproximately() throws IOException {
		Image2D img = ImageFiles.readImage(save(new ImagePlus("j", gray8()), "g.jpg"));
		assertEquals(W, img.width());
		double err = 0;
		for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) err += Math.abs(img.get(x, y) - value(x, y));
		assertTrue(err / (W * H) < 20, "mean JPEG error " + err / (W * H));
	}

	@Test
	void paletteImagesAreMappedThroughTheirColourTable() throws IOException {
		ByteProcessor indexed = gray8();
		indexed.setLut(ij.process.LUT.createLutFromColor(java.awt.Color.RED)); // index i shows (i, 0, 0)
		ImagePlus imp = new ImagePlus("fire", indexed);
		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(save(imp, "fire.gif")));
		assertTrue(e.getMessage().contains("RGB image with different channels"), e.getMessage());
		assertGradient(ImageFiles.readImage(save(imp, "fire.tif"))); // a TIFF keeps its measured values, whatever the LUT

		ByteProcessor inverted = gray8();
		inverted.invertLut(); // displays 255 - v
		Image2D shown = ImageFiles.readImage(save(new ImagePlus("inv", inverted), "inv.png"));
		for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) assertEquals(255 - value(x, y), shown.get(x, y));
	}

	@Test
	void rgbWithEqualChannelsBecomesGray() throws IOException {
		for (String name : new String[] { "rgb.tif", "rgb.png", "rgb.bmp" }) assertGradient(ImageFiles.readImage(save(new ImagePlus("c", rgb(true)), name)));
	}

	@Test
	void rgbWithDifferentChannelsIsRefused() {
		for (String name : new String[] { "col.tif", "col.png" }) {
			Path f = save(new ImagePlus("c", rgb(false)), name);
			ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(f));
			assertTrue(e.getMessage().contains("RGB image with different channels: convert to 8-bit/32-bit gray in Fiji first (Image > Type)"), e.getMessage());
			assertTrue(e.getMessage().contains(name) && e.getMessage().contains("x=5, y=2"), e.getMessage());
		}
	}

	@Test
	void tiffStackIsPatchesNotAnImage() throws IOException {
		ImageStack stack = new ImageStack(W, H);
		for (int i = 0; i < 3; i++) {
			ByteProcessor ip = gray8();
			ip.add(i);
			stack.addSlice("slice" + i, ip);
		}
		Path f = save(new ImagePlus("st", stack), "stack.tif");
		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(f));
		assertTrue(e.getMessage().contains("stack of 3 images") && e.getMessage().contains("patch stack"), e.getMessage());
		PatchStack p = ImageFiles.readPatches(f);
		assertEquals(3, p.count());
		assertEquals(W, p.width());
		assertEquals(value(4, 5) + 2, p.patch(2).get(4, 5));
		assertEquals("slice1", p.name(1));

		Path single = save(new ImagePlus("one", gray8()), "one.tif");
		assertTrue(assertThrows(ImageReadException.class, () -> ImageFiles.readPatches(single)).getMessage().contains("single image"));
	}

	@Test
	void folderOfImagesInNameOrderWithWarnings() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("patches"));
		for (int i = 0; i < 3; i++) {
			ByteProcessor ip = gray8();
			ip.add(10 * i);
			new FileSaver(new ImagePlus("p", ip)).saveAsPng(folder.resolve("p" + (2 - i) + ".png").toString());
		}
		Files.writeString(folder.resolve("readme.txt"), "not an image");
		Files.writeString(folder.resolve(".hidden.png"), "ignored");
		Files.createDirectory(folder.resolve("sub"));
		NpyWriter.write(folder.resolve("p9.npy"), new Image2D(W, H, new float[W * H]));
		List<String> warnings = new ArrayList<>();
		PatchStack p = ImageFiles.readPatches(folder, warnings);
		assertEquals(4, p.count());
		assertEquals(List.of("p0.png", "p1.png", "p2.png", "p9.npy"), List.of(p.name(0), p.name(1), p.name(2), p.name(3)));
		assertEquals(value(1, 1) + 20, p.patch(0).get(1, 1)); // p0 was written with i = 2
		assertEquals(1, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).startsWith("Skipped readme.txt"), warnings.get(0));

		new FileSaver(new ImagePlus("odd", new ByteProcessor(W + 1, H))).saveAsPng(folder.resolve("p5.png").toString());
		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readPatches(folder));
		assertTrue(e.getMessage().contains("p5.png") && e.getMessage().contains("13 × 9") && e.getMessage().contains("same size"), e.getMessage());
	}

	@Test
	void folderWithoutImagesIsAnError() throws IOException {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		assertTrue(assertThrows(ImageReadException.class, () -> ImageFiles.readPatches(empty)).getMessage().contains("no files"));
		Files.writeString(empty.resolve("a.txt"), "x");
		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readPatches(empty));
		assertTrue(e.getMessage().contains("none of its 1 files") && e.getMessage().contains("a.txt"), e.getMessage());
	}

	@Test
	void missingAndUnreadableFiles() throws IOException {
		ImageReadException missing = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(dir.resolve("nope.tif")));
		assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
		assertTrue(assertThrows(ImageReadException.class, () -> ImageFiles.readImage(dir)).getMessage().contains("folder"));
		Path junk = Files.write(dir.resolve("junk.tif"), new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(junk));
		assertTrue(e.getMessage().contains("junk.tif"), e.getMessage());
		Path unknown = Files.writeString(dir.resolve("data.xyz"), "hello");
		assertTrue(assertThrows(ImageReadException.class, () -> ImageFiles.readImage(unknown)).getMessage().contains("ImageJ could not open it"));
	}

	@Test
	void dispatchByExtension() throws IOException {
		assertEquals(68, ImageFiles.readImage(TestData.dm("rosettasciio/2D/test_STEM_image.dm3")).width());
		assertEquals(4, ImageFiles.readImage(TestData.npy("image_1x4x5.npy")).height());
		DmFile dm = ImageFiles.readDm(TestData.dm("rosettasciio/3D/EELS_SI.dm4"));
		assertEquals(2048, dm.mainImage().dimensions()[2]);
		Path upper = Files.copy(TestData.dm("rosettasciio/2D/test-23.dm3"), dir.resolve("RGB.DM3"));
		assertArrayEquals(new float[] { 1, 2, 3, 4 }, ImageFiles.readImage(upper).pixels(), "DM RGB with equal channels is gray");
	}
}
