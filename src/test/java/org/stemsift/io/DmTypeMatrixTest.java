package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * The synthetic RosettaSciIO files made by DigitalMicrograph's {@code NewImage("test", T, ...)} for every pixel type T:
 * 1-D [1, 2], 2-D [[1, 2], [3, 4]], 3-D 1..8. DM re-saves some types under another DataType (5 → 3, 8 → 23,
 * 27 → 3, 28 → 13); RGB files hold R = G = B = value; bool files are all true.
 */
class DmTypeMatrixTest {

	private static final Pattern NAME = Pattern.compile("test-(\\d+)\\.dm([34])");

	/** Requested type → DataType stored in the file. */
	private static final Map<Integer, Integer> STORED = Map.of(5, 3, 8, 23, 27, 3, 28, 13);

	private static final Map<Integer, DmDataType> TYPES = Map.ofEntries(Map.entry(1, DmDataType.INT16), Map.entry(2, DmDataType.FLOAT32),
		Map.entry(3, DmDataType.COMPLEX64), Map.entry(6, DmDataType.UINT8), Map.entry(7, DmDataType.INT32), Map.entry(9, DmDataType.INT8),
		Map.entry(10, DmDataType.UINT16), Map.entry(11, DmDataType.UINT32), Map.entry(12, DmDataType.FLOAT64), Map.entry(13, DmDataType.COMPLEX128),
		Map.entry(14, DmDataType.BOOL), Map.entry(23, DmDataType.RGBA));

	@TestFactory
	Stream<DynamicTest> everyTypeInEveryRank() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (String rank : new String[] { "1D", "2D", "3D" }) {
			try (Stream<Path> files = Files.list(TestData.dm("rosettasciio/" + rank))) {
				for (Path f : files.sorted().toList()) {
					Matcher m = NAME.matcher(f.getFileName().toString());
					if (m.matches()) tests.add(DynamicTest.dynamicTest(rank + "/" + f.getFileName(), () -> check(f, rank, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
				}
			}
		}
		assertEquals(57, tests.size(), "the copied type matrix: 2-D all types in .dm3 and .dm4, 3-D all in .dm4 and 3 in .dm3, 1-D 8 files");
		return tests.stream();
	}

	private static void check(Path file, String rank, int requested, int version) throws IOException {
		DmFile f = DmReader.read(file);
		assertEquals(version, f.version());
		assertEquals(2, f.images().size());
		assertTrue(f.images().get(0).isThumbnail());
		DmImage im = f.mainImage();
		assertEquals(1, im.index());
		assertEquals("test", im.name());
		int stored = STORED.getOrDefault(requested, requested);
		assertEquals(stored, im.dataTypeCode());
		assertEquals(TYPES.get(stored), im.dataType());
		int n = switch (rank) { case "1D" -> 2; case "2D" -> 4; default -> 8; };
		int[] dims = switch (rank) { case "1D" -> new int[] { 2 }; case "2D" -> new int[] { 2, 2 }; default -> new int[] { 2, 2, 2 }; };
		assertArrayEquals(dims, im.dimensions());
		for (int d = 0; d < dims.length; d++) assertEquals(DmAxis.UNCALIBRATED, im.axis(d));

		float[] expected = new float[n];
		for (int i = 0; i < n; i++) expected[i] = im.dataType() == DmDataType.BOOL ? 1 : i + 1;
		if (im.isRgb()) {
			int[] rgb = im.rgb();
			for (int i = 0; i < n; i++) {
				assertEquals((i + 1) * 0x010101, rgb[i] & 0xffffff, "R = G = B = value at " + i);
				assertEquals(0, rgb[i] >>> 24, "alpha is 0 in these files");
			}
			assertThrows(IllegalStateException.class, im::values);
		} else {
			assertArrayEquals(expected, im.values(), "values of " + file.getFileName());
			assertEquals(im.dataType().isComplex(), im.isComplex());
		}

		if (rank.equals("2D")) checkAsImage(file, im, expected);
		if (rank.equals("3D")) checkAsPatches(file, im, expected);
		if (rank.equals("1D")) {
			ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(file));
			assertTrue(e.getMessage().contains(im.isComplex() ? "complex" : "1-D spectrum"), e.getMessage());
		}
	}

	private static void checkAsImage(Path file, DmImage im, float[] expected) throws IOException {
		if (im.isComplex()) {
			ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(file));
			assertTrue(e.getMessage().contains("complex-valued"), e.getMessage());
			return;
		}
		Image2D img = ImageFiles.readImage(file);
		assertEquals(2, img.width());
		assertEquals(2, img.height());
		assertArrayEquals(expected, img.pixels());
		assertTrue(img.calibration().isPixels());
	}

	private static void checkAsPatches(Path file, DmImage im, float[] expected) throws IOException {
		if (im.isComplex()) {
			assertThrows(ImageReadException.class, () -> ImageFiles.readPatches(file));
			return;
		}
		PatchStack p = ImageFiles.readPatches(file);
		assertEquals(2, p.count());
		assertEquals(2, p.width());
		assertEquals(2, p.height());
		assertArrayEquals(expected, p.data());
	}

	@Test
	void complexTypesGiveTheModulus() throws IOException {
		DmImage c = DmReader.read(TestData.dm("rosettasciio/3D/test-13.dm4")).mainImage();
		assertEquals(DmDataType.COMPLEX128, c.dataType());
		assertArrayEquals(new float[] { 1, 2, 3, 4, 5, 6, 7, 8 }, c.values());
		assertFalse(c.isRgb());
	}
}
