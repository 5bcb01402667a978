package org.stemsift.io;

/**
 * Where a DigitalMicrograph array tag keeps its values in the file, for arrays too large to be worth decoding as
 * metadata (image data, colour tables). Keeping the position instead of the values lets {@link DmReader} read only the
 * image data it needs and lets future spectrum code stream large arrays.
 *
 * @param offset       byte position of the first element
 * @param count        number of elements
 * @param elementBytes bytes per element (the sum of the field sizes for arrays of structs)
 * @param elementType  a readable element type, e.g. {@code float32} or {@code struct(float32,float32)}
 */
public record DmArray(long offset, long count, int elementBytes, String elementType) {

	public long byteLength() { return count * elementBytes; }

	@Override
	public String toString() {
		return "array of " + count + " " + elementType;
	}
}
