package org.stemsift.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that readers never see half a file: the content goes to a temporary file in the target's folder,
 * which is then renamed over the target ({@code ATOMIC_MOVE}, or a plain replacing move on file systems without atomic
 * rename). A crash, a full disk or a cancelled run therefore leaves the previous file intact rather than a truncated
 * model, table or image, and the temporary file is removed on failure.
 */
public final class AtomicFiles {

	/** Writes content to an output stream or a path; may throw {@link IOException}. */
	@FunctionalInterface
	public interface IOConsumer<T> {
		void accept(T target) throws IOException;
	}

	private AtomicFiles() {}

	public static void write(Path target, byte[] bytes) throws IOException {
		write(target, out -> out.write(bytes));
	}

	/** Writes text as UTF-8. */
	public static void writeString(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Streams content into the target; the stream is buffered and closed for the caller. */
	public static void write(Path target, IOConsumer<OutputStream> content) throws IOException {
		writeVia(target, temp -> {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
				content.accept(out);
			}
		});
	}

	/**
	 * For writers that insist on a file name (such as ImageJ's {@code FileSaver}): {@code writer} writes a temporary
	 * file, which has the target's extension, and that file is then moved over the target.
	 */
	public static void writeVia(Path target, IOConsumer<Path> writer) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path dir = absolute.getParent();
		Files.createDirectories(dir);
		String name = absolute.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 ? name.substring(dot) : "";
		Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp" + extension);
		boolean moved = false;
		try {
			writer.accept(temp);
			readableLikeANewFile(temp);
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		} finally {
			if (!moved) Files.deleteIfExists(temp);
		}
	}

	/** Temporary files are created owner-only; results are for sharing, so give them the usual rw-r--r--. */
	private static void readableLikeANewFile(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class))
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
	}
}
