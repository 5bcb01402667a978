package org.stemsift.io;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Everything {@link DmReader} read from a DigitalMicrograph file: all images of its ImageList (thumbnail included)
 * and all tags as a flat map of dotted paths, so that spectra, spectrum images and metadata stay available to code
 * other than the 2-D image reader.
 */
public final class DmFile {

	private final Path file;
	private final int version;
	private final ByteOrder byteOrder;
	private final List<DmImage> images;
	private final Map<String, Object> tags;

	DmFile(Path file, int version, ByteOrder byteOrder, List<DmImage> images, Map<String, Object> tags) {
		this.file = file;
		this.version = version;
		this.byteOrder = byteOrder;
		this.images = List.copyOf(images);
		this.tags = Collections.unmodifiableMap(tags);
	}

	public Path file() { return file; }

	/** 3 for .dm3, 4 for .dm4. */
	public int version() { return version; }

	/** Byte order of the tag values and image data. */
	public ByteOrder byteOrder() { return byteOrder; }

	/** All images in ImageList order, the thumbnail included. */
	public List<DmImage> images() { return images; }

	/**
	 * The image that holds the measurement: the largest image that is not the thumbnail (the first one if several
	 * are equally large).
	 */
	public DmImage mainImage() throws ImageReadException {
		return images.stream().filter(i -> !i.isThumbnail())
			.max(Comparator.comparingLong(DmImage::pixelCount).thenComparing(i -> -i.index()))
			.orElseThrow(() -> new ImageReadException(file, "it holds no image data besides the thumbnail; " + DmTagParser.REMEDY));
	}

	/** All tags, by dotted path ({@code ImageList.1.ImageTags.Microscope Info.Voltage}), in file order. */
	public Map<String, Object> tags() { return tags; }

	public Object tag(String path) { return tags.get(path); }

	@Override
	public String toString() {
		return "DmFile[" + file.getFileName() + ", DM" + version + ", " + images.size() + " images]";
	}
}
