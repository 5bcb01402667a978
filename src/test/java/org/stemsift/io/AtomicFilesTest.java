package org.stemsift.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	private List<String> names(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writesReplacesAndCreatesFolders() throws IOException {
		Path f = dir.resolve("sub/deeper/out.txt");
		AtomicFiles.writeString(f, "first");
		AtomicFiles.writeString(f, "second ü");
		assertEquals("second ü", Files.readString(f));
		AtomicFiles.write(f, new byte[] { 1, 2, 3 });
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(f));
		AtomicFiles.write(f, out -> out.write(new byte[100_000]));
		assertEquals(100_000, Files.size(f));
		assertEquals(List.of("out.txt"), names(f.getParent()));
	}

	@Test
	void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
		Path f = dir.resolve("model.bin");
		AtomicFiles.writeString(f, "good");
		assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
			out.write("half".getBytes());
			throw new IOException("disk full");
		}));
		assertThrows(IllegalStateException.class, () -> AtomicFiles.writeVia(f, temp -> {
			Files.writeString(temp, "partial");
			throw new IllegalStateException("bug");
		}));
		assertEquals("good", Files.readString(f));
		assertEquals(List.of("model.bin"), names(dir));
	}

	@Test
	void writeViaHandsOverAPathWithTheTargetsExtension() throws IOException {
		Path f = dir.resolve("image.tif");
		AtomicFiles.writeVia(f, temp -> {
			assertEquals(dir.toAbsolutePath(), temp.getParent());
			assertEquals(true, temp.getFileName().toString().endsWith(".tif"));
			Files.writeString(temp, "tiff");
		});
		assertEquals("tiff", Files.readString(f));
	}
}
