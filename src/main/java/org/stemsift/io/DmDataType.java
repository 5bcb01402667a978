package org.stemsift.io;

/**
 * The pixel types of DigitalMicrograph images (the {@code ImageData.DataType} tag) and how STEMsift reads them.
 * Complex images are read as their modulus |z| (with {@link DmImage#isComplex()} set so callers can refuse them);
 * RGB images keep their packed colours so that gray conversion can check whether the channels are equal; packed
 * complex FFTs (codes 5 and 27) keep only half the plane in a special layout and are not decoded.
 */
public enum DmDataType {
	INT8(1, SampleType.INT8), UINT8(1, SampleType.UINT8), INT16(2, SampleType.INT16), UINT16(2, SampleType.UINT16),
	INT32(4, SampleType.INT32), UINT32(4, SampleType.UINT32), FLOAT32(4, SampleType.FLOAT32), FLOAT64(8, SampleType.FLOAT64),
	BOOL(1, SampleType.BOOL), COMPLEX64(8, SampleType.FLOAT32), COMPLEX128(16, SampleType.FLOAT64),
	RGB(4, null), RGBA(4, null), PACKED_COMPLEX(8, null), UNKNOWN(0, null);

	private final int bytesPerPixel;
	private final SampleType component;

	DmDataType(int bytesPerPixel, SampleType component) {
		this.bytesPerPixel = bytesPerPixel;
		this.component = component;
	}

	/** Maps a DataType code; unknown codes give {@link #UNKNOWN}. */
	public static DmDataType fromCode(long code) {
		return switch ((int) code) {
			case 1 -> INT16;
			case 2 -> FLOAT32;
			case 3 -> COMPLEX64;
			case 5, 27 -> PACKED_COMPLEX;
			case 6 -> UINT8;
			case 7 -> INT32;
			case 8 -> RGB;
			case 9 -> INT8;
			case 10 -> UINT16;
			case 11 -> UINT32;
			case 12 -> FLOAT64;
			case 13 -> COMPLEX128;
			case 14 -> BOOL;
			case 23 -> RGBA;
			default -> UNKNOWN;
		};
	}

	public int bytesPerPixel() { return bytesPerPixel; }

	/** The type of each stored number (each of the two parts for complex types); null for colour and packed types. */
	SampleType component() { return component; }

	public boolean isRgb() { return this == RGB || this == RGBA; }

	public boolean isComplex() { return this == COMPLEX64 || this == COMPLEX128; }

	public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
