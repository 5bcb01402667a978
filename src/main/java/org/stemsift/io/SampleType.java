package org.stemsift.io;

import java.nio.ByteBuffer;

/**
 * The numeric element types that the readers understand, and how to turn them into the 32-bit floats of
 * {@link org.stemsift.core.Image2D}. Shared by the NPY and DigitalMicrograph readers so that both decode data in one
 * place. Integers wider than 24 bits and 64-bit floats are rounded to the nearest float, which is far below the noise
 * of any electron-microscopy measurement.
 */
public enum SampleType {
	INT8(1), UINT8(1), BOOL(1), INT16(2), UINT16(2), INT32(4), UINT32(4), INT64(8), UINT64(8), FLOAT32(4), FLOAT64(8);

	private final int bytes;

	SampleType(int bytes) { this.bytes = bytes; }

	/** Bytes per element. */
	public int bytes() { return bytes; }

	/** A lower-case name, as NumPy spells it ({@code uint16}, {@code float32}, ...). */
	public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

	/**
	 * Decodes {@code n} elements from the current position of {@code src} (whose byte order must already be set) into
	 * {@code dst[offset ...]}, advancing {@code src}.
	 */
	void decode(ByteBuffer src, float[] dst, int offset, int n) {
		int end = offset + n;
		switch (this) {
			case INT8 -> { for (int i = offset; i < end; i++) dst[i] = src.get(); }
			case UINT8 -> { for (int i = offset; i < end; i++) dst[i] = src.get() & 0xff; }
			case BOOL -> { for (int i = offset; i < end; i++) dst[i] = src.get() != 0 ? 1 : 0; }
			case INT16 -> { for (int i = offset; i < end; i++) dst[i] = src.getShort(); }
			case UINT16 -> { for (int i = offset; i < end; i++) dst[i] = src.getShort() & 0xffff; }
			case INT32 -> { for (int i = offset; i < end; i++) dst[i] = src.getInt(); }
			case UINT32 -> { for (int i = offset; i < end; i++) dst[i] = src.getInt() & 0xffffffffL; }
			case INT64 -> { for (int i = offset; i < end; i++) dst[i] = src.getLong(); }
			case UINT64 -> { for (int i = offset; i < end; i++) dst[i] = unsignedToFloat(src.getLong()); }
			case FLOAT32 -> { for (int i = offset; i < end; i++) dst[i] = src.getFloat(); }
			case FLOAT64 -> { for (int i = offset; i < end; i++) dst[i] = (float) src.getDouble(); }
			default -> throw new AssertionError(this);
		}
	}

	private static float unsignedToFloat(long v) {
		return v >= 0 ? v : (float) ((v >>> 1) * 2.0 + (v & 1));
	}
}
