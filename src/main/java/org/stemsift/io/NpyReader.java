package org.stemsift.io;

import java.io.IOException;
import java.nio.file.Path;

import org.stemsift.core.Image2D;
import org.stemsift.core.PatchStack;

/**
 * Reads NumPy {@code .npy} files, the format in which the published defect-detection data sets and most Python
 * pipelines exchange patches. Supports format versions 1.0 to 3.0, the integer, float and bool dtypes in either byte
 * order, and C order only: a Fortran-ordered file is refused with the one-line NumPy fix, because reinterpreting its
 * layout silently would transpose every patch.
 */
public final class NpyReader {

	private NpyReader() {}

	/** The whole array as floats, with its shape and stored element type. */
	public static NpyArray read(Path file) throws IOException {
		try (FileInput in = new FileInput(file, NpyHeader.REMEDY)) {
			NpyHeader h = NpyHeader.read(in);
			long count;
			try {
				count = h.count();
			} catch (ArithmeticException e) {
				throw new ImageReadException(file, "the shape " + h.shapeText() + " in the header is impossibly large — the file is damaged");
			}
			if (h.shape().length == 0) throw new ImageReadException(file, "it holds a single number (shape ()), not an image or a stack");
			in.where("the array data (shape " + h.shapeText() + ", '" + h.descr() + "')");
			float[] data = in.floats(h.dataOffset(), count, h.type(), h.order());
			int[] shape = new int[h.shape().length];
			for (int i = 0; i < shape.length; i++) shape[i] = (int) h.shape()[i];
			return new NpyArray(shape, data, h.type());
		} catch (RuntimeException e) {
			throw new ImageReadException(file, "the file is damaged (" + e + "); " + NpyHeader.REMEDY, e);
		}
	}

	/** A 2-D {@code (h, w)} array (or {@code (1, h, w)}) as an image named after the file. */
	public static Image2D readImage(Path file) throws IOException {
		NpyArray a = read(file);
		try {
			return a.toImage(baseName(file));
		} catch (IllegalArgumentException e) {
			throw new ImageReadException(file, e.getMessage());
		}
	}

	/** A 3-D {@code (n, h, w)} array as patches. */
	public static PatchStack readPatches(Path file) throws IOException {
		NpyArray a = read(file);
		try {
			return a.toPatches();
		} catch (IllegalArgumentException e) {
			throw new ImageReadException(file, e.getMessage());
		}
	}

	static String baseName(Path file) {
		String n = file.getFileName().toString();
		int dot = n.lastIndexOf('.');
		return dot > 0 ? n.substring(0, dot) : n;
	}
}
