package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Truncated, corrupted and fake DigitalMicrograph files must end in an {@link ImageReadException} that names the file
 * and says what is wrong, never in a runtime exception or an out-of-memory error.
 */
class DmReaderDamageTest {

	@TempDir
	Path dir;

	@Test
	void truncatedDm3NamesTheTagWhereItEnds() throws IOException {
		Path cut = TestData.truncatedCopy(TestData.dm("rosettasciio/2D/test_STEM_image.dm3"), dir, 0.6);
		ImageReadException e = assertThrows(ImageReadException.class, () -> DmReader.read(cut));
		assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("file ends inside tag 'Data'"), e.getMessage());
		assertTrue(e.getMessage().contains("truncated; re-export it from DigitalMicrograph"), e.getMessage());
		assertEquals(cut, e.file());
	}

	@Test
	void truncatedDm4AndImageFilesToo() throws IOException {
		Path cut = TestData.truncatedCopy(TestData.dm("rosettasciio/3D/EELS_SI.dm4"), dir, 0.6);
		ImageReadException e = assertThrows(ImageReadException.class, () -> ImageFiles.readImage(cut));
		assertTrue(e.getMessage().contains("truncated"), e.getMessage());
		assertTrue(e.getMessage().contains(cut.getFileName().toString()), e.getMessage());
	}

	@Test
	void everyCutPointFailsCleanly() throws IOException {
		for (String name : new String[] { "rosettasciio/2D/test-2.dm3", "rosettasciio/2D/test-2.dm4" }) {
			byte[] all = Files.readAllBytes(TestData.dm(name));
			Path f = dir.resolve("cut-" + name.replace('/', '_'));
			for (int length = 0; length < all.length; length += 97) {
				Files.write(f, java.util.Arrays.copyOf(all, length));
				assertCleanFailure(f, "cut at " + length + " of " + all.length);
			}
		}
	}

	@Test
	void randomGarbageIsNotADmFile() throws IOException {
		byte[] junk = new byte[10_000];
		new Random(42).nextBytes(junk);
		junk[0] = 0x12; // a version field that is surely neither 3 nor 4
		Path f = dir.resolve("garbage.dm3");
		Files.write(f, junk);
		ImageReadException e = assertThrows(ImageReadException.class, () -> DmReader.read(f));
		assertTrue(e.getMessage().contains("not a DigitalMicrograph file"), e.getMessage());
		assertTrue(e.getMessage().contains("garbage.dm3"), e.getMessage());

		Path empty = Files.write(dir.resolve("empty.dm4"), new byte[0]);
		assertTrue(assertThrows(ImageReadException.class, () -> ImageFiles.readImage(empty)).getMessage().contains("too short"));
	}

	@Test
	void garbageAfterAValidHeaderIsReportedAsDamage() throws IOException {
		Random random = new Random(7);
		for (int version = 3; version <= 4; version++) {
			for (int trial = 0; trial < 200; trial++) {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				DataOutputStream out = new DataOutputStream(bytes);
				out.writeInt(version);
				if (version == 3) out.writeInt(1000); else out.writeLong(1000);
				out.writeInt(1);
				byte[] junk = new byte[1 + random.nextInt(2000)];
				random.nextBytes(junk);
				out.write(junk);
				Path f = Files.write(dir.resolve("junk.dm" + version), bytes.toByteArray());
				assertCleanFailure(f, "random body " + trial);
			}
		}
	}

	@Test
	void flippedBytesInARealFileFailCleanlyOrStillRead() throws IOException {
		Random random = new Random(2024);
		for (String name : new String[] { "rosettasciio/2D/test-1.dm3", "rosettasciio/2D/test-10.dm4" }) {
			byte[] original = Files.readAllBytes(TestData.dm(name));
			for (int trial = 0; trial < 300; trial++) {
				byte[] b = original.clone();
				for (int k = 0; k < 4; k++) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
				Path f = Files.write(dir.resolve("flipped.dm" + name.charAt(name.length() - 1)), b);
				assertCleanFailure(f, name + " trial " + trial);
			}
		}
	}

	@Test
	void hugeDeclaredArrayIsRefusedBeforeAllocating() throws IOException {
		// DM3 header, root group with one data tag "Data" declaring 2^31 - 1 float32 values
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeInt(3);
		out.writeInt(100);
		out.writeInt(1);
		out.writeByte(0);
		out.writeByte(0);
		out.writeInt(1); // one tag
		out.writeByte(21);
		out.writeShort(4);
		out.write("Data".getBytes(StandardCharsets.ISO_8859_1));
		out.write("%%%%".getBytes(StandardCharsets.ISO_8859_1));
		out.writeInt(3);
		out.writeInt(20); // array
		out.writeInt(6); // of float32
		out.writeInt(Integer.MAX_VALUE);
		out.write(new byte[64]);
		Path f = Files.write(dir.resolve("huge.dm3"), bytes.toByteArray());
		ImageReadException e = assertThrows(ImageReadException.class, () -> DmReader.read(f));
		assertTrue(e.getMessage().contains("file ends inside tag 'Data'"), e.getMessage());
	}

	@Test
	void tooManyTagsIsDamage() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.writeInt(4);
		out.writeLong(100);
		out.writeInt(1);
		out.writeByte(0);
		out.writeByte(0);
		out.writeLong(Long.MAX_VALUE / 2);
		out.write(new byte[32]);
		Path f = Files.write(dir.resolve("many.dm4"), bytes.toByteArray());
		ImageReadException e = assertThrows(ImageReadException.class, () -> DmReader.read(f));
		assertTrue(e.getMessage().contains("damaged") && e.getMessage().contains("tags"), e.getMessage());
	}

	private static void assertCleanFailure(Path f, String what) {
		try {
			DmReader.read(f);
		} catch (ImageReadException e) {
			assertTrue(e.getMessage().contains(f.getFileName().toString()), what + ": message must name the file: " + e.getMessage());
		} catch (Throwable t) {
			fail(what + ": expected success or ImageReadException, got " + t, t);
		}
	}
}
