package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stemsift.io.TestData.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * NPY reading against files written by NumPy itself (src/test/resources/io/npy, made by make_fixtures.py) and against
 * tiny files written byte by byte here, independent of {@link NpyWriter}.
 */
class NpyReaderTest {

	@TempDir
	Path dir;

	/** The values make_fixtures.py stores for each dtype, as the floats they must become. */
	private static final Map<String, float[]> VALUES = Map.ofEntries(
		Map.entry("u1", new float[] { 0, 1, 2, 3, 250, 255 }),
		Map.entry("i1", new float[] { 0, -1, 2, -128, 100, 127 }),
		Map.entry("u2", new float[] { 0, 1, 2, 3, 250, 65535 }),
		Map.entry("i2", new float[] { 0, -1, 2, -32768, 100, 32767 }),
		Map.entry("u4", new float[] { 0, 1, 2, 3, 250, 4_000_000_000f }),
		Map.entry("i4", new float[] { 0, -1, 2, -2147483648f, 100, 2147483647f }),
		Map.entry("u8", new float[] { 0, 1, 2, 3, 250, 1e15f }),
		Map.entry("i8", new float[] { 0, -1, 2, -1e12f, 100, 1e12f }),
		Map.entry("f4", new float[] { 0, -1.5f, 2.25f, -3e-5f, 1e30f, 7 }),
		Map.entry("f8", new float[] { 0, -1.5f, 2.25f, -3e-5f, 1e30f, 123456789.125f }),
		Map.entry("b1", new float[] { 1, 0, 1, 1, 0, 0 }));

	private static final Map<String, SampleType> TYPES = Map.ofEntries(Map.entry("u1", SampleType.UINT8), Map.entry("i1", SampleType.INT8),
		Map.entry("u2", SampleType.UINT16), Map.entry("i2", SampleType.INT16), Map.entry("u4", SampleType.UINT32), Map.entry("i4", SampleType.INT32),
		Map.entry("u8", SampleType.UINT64), Map.entry("i8", SampleType.INT64), Map.entry("f4", SampleType.FLOAT32), Map.entry("f8", SampleType.FLOAT64),
		Map.entry("b1", SampleType.BOOL));

	@TestFactory
	Stream<DynamicTest> everyDtypeWrittenByNumpy() {
		List<DynamicTest> tests = new ArrayList<>();
		VALUES.forEach((kind, expected) -> {
			List<String> files = kind.equals("u1") || kind.equals("i1") || kind.equals("b1") ? List.of("typed_" + kind + ".npy")
				: List.of("typed_le_" + kind + ".npy", "typed_be_" + kind + ".npy");
			for (String name : files) tests.add(DynamicTest.dynamicTest(name, () -> {
				NpyArray a = NpyReader.read(npy(name));
				assertArrayEquals(new int[] { 2, 3 }, a.shape());
				assertEquals(TYPES.get(kind), a.storedType());
				assertArrayEquals(expected, a.data());
				Image2D img = NpyReader.readImage(npy(name));
				assertEquals(3, img.width());
				assertEquals(2, img.height());
				assertEquals(expected[3], img.get(0, 1));
			}));
		});
		assertEquals(19, tests.size());
		return tests.stream();
	}

	@Test
	void formatVersions1To3() throws IOException {
		float[] expected = new float[24];
		for (int i = 0; i < 24; i++) expected[i] = i;
		for (int v = 1; v <= 3; v++) {
			PatchStack p = NpyReader.readPatches(npy("stack_v" + v + ".npy"));
			assertEquals(2, p.count());
			assertEquals(4, p.width());
			assertEquals(3, p.height());
			assertArrayEquals(expected, p.data());
			assertEquals(13, p.patch(1).get(1, 0));
		}
	}

	@Test
	void fortranOrderIsRefusedWithTheNumpyFix() {
		ImageReadException e = assertThrows(ImageReadException.class, () -> NpyReader.read(npy("fortran_3x4.npy")));
		assertTrue(e.getMessage().contains("Fortran") && e.getMessage().contains("np.ascontiguousarray"), e.getMessage());
		assertTrue(e.getMessage().contains("fortran_3x4.npy"), e.getMessage());
	}

	@Test
	void leadingAndInnerLengthOneAxesAreDropped() throws IOException {
		Image2D img = ImageFiles.readImage(npy("image_1x4x5.npy"));
		assertEquals(5, img.width());
		assertEquals(4, img.height());
		assertEquals(19, img.get(4, 3));
		assertEquals("image_1x4x5", img.name());

		Path nhw1 = write(dir.resolve("nhw1.npy"), "<f4", "(2, 2, 3, 1)", ByteOrder.LITTLE_ENDIAN, b -> { for (int i = 0; i < 12; i++) b.putFloat(i); });
		PatchStack p = NpyReader.readPatches(nhw1);
		assertEquals(2, p.count());
		assertEquals(3, p.width());
		assertEquals(2, p.height());
		Path n1hw = write(dir.resolve("n1hw.npy"), "<f4", "(2, 1, 2, 3)", ByteOrder.LITTLE_ENDIAN, b -> { for (int i = 0; i < 12; i++) b.putFloat(i); });
		assertArrayEquals(p.data(), NpyReader.readPatches(n1hw).data());
	}

	@Test
	void wrongRankSaysWhatWasFound() {
		ImageReadException asImage = assertThrows(ImageReadException.class, () -> NpyReader.readImage(npy("stack_v1.npy")));
		assertTrue(asImage.getMessage().contains("(2, 3, 4)") && asImage.getMessage().contains("read it as patches"), asImage.getMessage());
		ImageReadException asPatches = assertThrows(ImageReadException.class, () -> ImageFiles.readPatches(npy("typed_le_f4.npy")));
		assertTrue(asPatches.getMessage().contains("(2, 3)") && asPatches.getMessage().contains("np.newaxis"), asPatches.getMessage());
		ImageReadException vector = assertThrows(ImageReadException.class, () -> NpyReader.readImage(npy("vector_5.npy")));
		assertTrue(vector.getMessage().contains("(5,)"), vector.getMessage());
	}

	@Test
	void unsupportedDtypesAreNamed() throws IOException {
		ImageReadException complex = assertThrows(ImageReadException.class, () -> NpyReader.read(npy("complex_2x2.npy")));
		assertTrue(complex.getMessage().contains("'<c8'") && complex.getMessage().contains("astype(np.float32)"), complex.getMessage());
		Path half = write(dir.resolve("half.npy"), "<f2", "(2,)", ByteOrder.LITTLE_ENDIAN, b -> b.putShort((short) 0).putShort((short) 0));
		assertTrue(assertThrows(ImageReadException.class, () -> NpyReader.read(half)).getMessage().contains("'<f2'"));
		Path structured = writeRaw(dir.resolve("rec.npy"), "{'descr': [('a', '<f4'), ('b', '<i4')], 'fortran_order': False, 'shape': (1,), }", new byte[8]);
		assertTrue(assertThrows(ImageReadException.class, () -> NpyReader.read(structured)).getMessage().contains("structured"));
	}

	@Test
	void handWrittenBigEndianAndOddHeaders() throws IOException {
		Path be = write(dir.resolve("be.npy"), ">i2", "(2, 2)", ByteOrder.BIG_ENDIAN, b -> b.putShort((short) -2).putShort((short) 300).putShort((short) 7).putShort((short) 32767));
		assertArrayEquals(new float[] { -2, 300, 7, 32767 }, NpyReader.read(be).data());
		// Python 2 style longs, no spaces, keys in another order
		Path py2 = writeRaw(dir.resolve("py2.npy"), "{'shape':(2L,1L),'fortran_order':False,'descr':'<u2'}",
			ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 65000).putShort((short) 1).array());
		NpyArray a = NpyReader.read(py2);
		assertArrayEquals(new int[] { 2, 1 }, a.shape());
		assertArrayEquals(new float[] { 65000, 1 }, a.data());
	}

	@Test
	void truncatedAndForeignFilesFailWithAdvice() throws IOException {
		Path cut = TestData.truncatedCopy(npy("typed_le_f8.npy"), dir, 0.9);
		ImageReadException data = assertThrows(ImageReadException.class, () -> NpyReader.read(cut));
		assertTrue(data.getMessage().contains("truncated") && data.getMessage().contains("numpy.save"), data.getMessage());
		assertTrue(data.getMessage().contains("(2, 3)"), data.getMessage());

		Path header = TestData.truncatedCopy(npy("typed_le_f8.npy"), dir, 0.3);
		ImageReadException h = assertThrows(ImageReadException.class, () -> NpyReader.read(header));
		assertTrue(h.getMessage().contains("file ends inside the NPY header"), h.getMessage());

		Path tiff = Files.write(dir.resolve("fake.npy"), "II*\0 not numpy at all".getBytes(StandardCharsets.ISO_8859_1));
		assertTrue(assertThrows(ImageReadException.class, () -> NpyReader.read(tiff)).getMessage().contains("not a NumPy .npy file"));

		Path huge = write(dir.resolve("huge.npy"), "<f4", "(100000, 100000, 100000)", ByteOrder.LITTLE_ENDIAN, b -> b.putFloat(1));
		assertTrue(assertThrows(ImageReadException.class, () -> NpyReader.read(huge)).getMessage().contains("truncated"));

		Path badVersion = writeRaw(dir.resolve("v9.npy"), "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", new byte[4]);
		byte[] bytes = Files.readAllBytes(badVersion);
		bytes[6] = 9;
		Files.write(badVersion, bytes);
		assertTrue(assertThrows(ImageReadException.class, () -> NpyReader.read(badVersion)).getMessage().contains("version 9.0"));

		assertTrue(assertThrows(ImageReadException.class, () -> NpyReader.read(dir.resolve("missing.npy"))).getMessage().contains("does not exist"));
		assertTrue(assertThrows(ImageReadException.class, () -> DmReader.read(dir.resolve("missing.dm4"))).getMessage().contains("does not exist"));

		Path notDict = writeRaw(dir.resolve("nd.npy"), "{'descr': '<f4', 'fortran_order': Fals", new byte[4]);
		assertTrue(assertThrows(ImageReadException.class, () -> NpyReader.read(notDict)).getMessage().contains("not a valid dictionary"));
	}

	interface Filler {
		void fill(ByteBuffer b);
	}

	/** A version-1.0 file with the given dtype and shape; {@code filler} writes the data. */
	static Path write(Path file, String descr, String shape, ByteOrder order, Filler filler) throws IOException {
		ByteBuffer data = ByteBuffer.allocate(1024).order(order);
		filler.fill(data);
		byte[] bytes = new byte[data.position()];
		data.flip().get(bytes);
		return writeRaw(file, "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }", bytes);
	}

	static Path writeRaw(Path file, String dict, byte[] data) throws IOException {
		String header = dict + "\n";
		ByteBuffer b = ByteBuffer.allocate(10 + header.length() + data.length).order(ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0).putShort((short) header.length());
		b.put(header.getBytes(StandardCharsets.ISO_8859_1)).put(data);
		return Files.write(file, b.array());
	}
}
