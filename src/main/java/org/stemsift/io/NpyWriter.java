package org.stemsift.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * Writes NumPy {@code .npy} files (format 1.0, C order) of float32 or uint8 values, so that patches, generated sample
 * data and results can be opened with {@code numpy.load}. Files are written atomically (see {@link AtomicFiles}).
 */
public final class NpyWriter {

	private NpyWriter() {}

	/** An image as a float32 {@code (h, w)} array. */
	public static void write(Path file, Image2D image) throws IOException {
		writeFloat32(file, new int[] { image.height(), image.width() }, image.pixels());
	}

	/** Patches as a float32 {@code (n, h, w)} array. */
	public static void write(Path file, PatchStack patches) throws IOException {
		writeFloat32(file, new int[] { patches.count(), patches.height(), patches.width() }, patches.data());
	}

	public static void writeFloat32(Path file, int[] shape, float[] data) throws IOException {
		checkShape(shape, data.length);
		AtomicFiles.write(file, out -> {
			out.write(header("<f4", shape));
			ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
			for (float v : data) {
				if (!buf.hasRemaining()) flush(buf, out);
				buf.putFloat(v);
			}
			flush(buf, out);
		});
	}

	public static void writeUint8(Path file, int[] shape, byte[] data) throws IOException {
		checkShape(shape, data.length);
		AtomicFiles.write(file, out -> {
			out.write(header("|u1", shape));
			out.write(data);
		});
	}

	private static void flush(ByteBuffer buf, OutputStream out) throws IOException {
		out.write(buf.array(), 0, buf.position());
		buf.clear();
	}

	private static void checkShape(int[] shape, int length) {
		long n = 1;
		for (int d : shape) {
			if (d < 0) throw new IllegalArgumentException("Negative dimension in shape " + NpyArray.shapeText(shape));
			n *= d;
		}
		if (shape.length == 0 || n != length)
			throw new IllegalArgumentException("Shape " + NpyArray.shapeText(shape) + " does not match " + length + " values");
	}

	/** Magic, version 1.0, length and the dict, padded with spaces so that the data start on a 64-byte boundary. */
	static byte[] header(String descr, int[] shape) {
		String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + NpyArray.shapeText(shape) + ", }";
		int unpadded = NpyHeader.MAGIC.length + 2 + 2 + dict.length() + 1;
		int padding = (64 - unpadded % 64) % 64;
		String text = dict + " ".repeat(padding) + "\n";
		ByteBuffer b = ByteBuffer.allocate(NpyHeader.MAGIC.length + 4 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
		b.put(NpyHeader.MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
		b.put(text.getBytes(StandardCharsets.ISO_8859_1));
		return b.array();
	}
}
