package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

class NpyWriterTest {

	@TempDir
	Path dir;

	@Test
	void float32ImageRoundTrip() throws IOException {
		float[] px = new float[7 * 5];
		Random r = new Random(1);
		for (int i = 0; i < px.length; i++) px[i] = (float) r.nextGaussian() * 1000;
		px[3] = Float.NaN;
		px[4] = Float.NEGATIVE_INFINITY;
		Path f = dir.resolve("img.npy");
		NpyWriter.write(f, new Image2D(7, 5, px));
		NpyArray a = NpyReader.read(f);
		assertArrayEquals(new int[] { 5, 7 }, a.shape());
		assertEquals(SampleType.FLOAT32, a.storedType());
		assertArrayEquals(px, a.data());
		Image2D back = ImageFiles.readImage(f);
		assertEquals(7, back.width());
		assertEquals("img", back.name());
	}

	@Test
	void float32StackRoundTripAndHeaderLayout() throws IOException {
		float[] data = new float[3 * 4 * 2];
		for (int i = 0; i < data.length; i++) data[i] = i * 0.5f - 3;
		Path f = dir.resolve("patches.npy");
		NpyWriter.write(f, new PatchStack(3, 2, 4, data));
		byte[] bytes = Files.readAllBytes(f);
		assertEquals(0, (bytes.length - data.length * 4) % 64, "data must start on a 64-byte boundary");
		String header = new String(bytes, 10, bytes.length - data.length * 4 - 10, StandardCharsets.ISO_8859_1);
		assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4, 2), }"), header);
		assertTrue(header.endsWith("\n"));
		PatchStack p = ImageFiles.readPatches(f);
		assertEquals(3, p.count());
		assertEquals(2, p.width());
		assertEquals(4, p.height());
		assertArrayEquals(data, p.data());
	}

	@Test
	void uint8RoundTripIn2DAnd3D() throws IOException {
		byte[] data = new byte[2 * 3 * 4];
		for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 11);
		Path f3 = dir.resolve("u8.npy");
		NpyWriter.writeUint8(f3, new int[] { 2, 3, 4 }, data);
		NpyArray a = NpyReader.read(f3);
		assertEquals(SampleType.UINT8, a.storedType());
		for (int i = 0; i < data.length; i++) assertEquals(data[i] & 0xff, a.data()[i]);
		Path f2 = dir.resolve("u8-2d.npy");
		NpyWriter.writeUint8(f2, new int[] { 6, 4 }, data);
		assertArrayEquals(a.data(), NpyReader.readImage(f2).pixels());
		assertTrue(new String(Files.readAllBytes(f2), StandardCharsets.ISO_8859_1).contains("'descr': '|u1'"));
	}

	@Test
	void writesAtomicallyAndChecksTheShape() throws IOException {
		Path f = dir.resolve("a.npy");
		NpyWriter.writeFloat32(f, new int[] { 2 }, new float[] { 1, 2 });
		NpyWriter.writeFloat32(f, new int[] { 3 }, new float[] { 4, 5, 6 });
		assertArrayEquals(new float[] { 4, 5, 6 }, NpyReader.read(f).data());
		assertThrows(IllegalArgumentException.class, () -> NpyWriter.writeFloat32(f, new int[] { 2, 2 }, new float[3]));
		assertArrayEquals(new float[] { 4, 5, 6 }, NpyReader.read(f).data(), "a refused write leaves the old file");
		try (var files = Files.list(dir)) {
			assertEquals(Arrays.asList("a.npy"), files.map(p -> p.getFileName().toString()).toList(), "no temporary files left behind");
		}
	}
}
