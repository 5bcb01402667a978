package org.stemsift.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads Gatan DigitalMicrograph {@code .dm3} and {@code .dm4} files, the native format of most TEM/STEM cameras and
 * detectors, without Bio-Formats: all images with their pixel type, dimensions, per-axis and intensity calibrations,
 * names and tags. Damaged or truncated files give an {@link ImageReadException} naming the file and the place where it
 * breaks, never a runtime exception or an attempt to allocate what the file cannot hold.
 */
public final class DmReader {

	private DmReader() {}

	public static DmFile read(Path file) throws IOException {
		try (FileInput in = new FileInput(file, DmTagParser.REMEDY)) {
			DmTagParser parser = DmTagParser.parse(in);
			List<DmImage> images = images(in, parser);
			return new DmFile(file, parser.version(), parser.byteOrder(), images, parser.tags());
		} catch (RuntimeException e) {
			throw new ImageReadException(file, "the file is damaged (" + e + "); " + DmTagParser.REMEDY, e);
		}
	}

	private static List<DmImage> images(FileInput in, DmTagParser parser) throws IOException {
		Map<String, Object> tags = parser.tags();
		Set<Integer> indices = new TreeSet<>();
		for (String key : tags.keySet()) {
			if (!key.startsWith("ImageList.")) continue;
			int end = key.indexOf('.', 10);
			try {
				indices.add(Integer.parseInt(key.substring(10, end < 0 ? key.length() : end)));
			} catch (NumberFormatException e) {
				// a named tag directly in ImageList: not an image
			}
		}
		Set<Integer> thumbnails = thumbnails(tags, indices);
		List<DmImage> images = new ArrayList<>();
		for (int i : indices) {
			DmImage image = image(in, parser, i, thumbnails.contains(i));
			if (image != null) images.add(image);
		}
		return images;
	}

	/** From the {@code Thumbnails} list; without one, an RGB first image among several is taken to be the thumbnail. */
	private static Set<Integer> thumbnails(Map<String, Object> tags, Set<Integer> indices) {
		Set<Integer> out = new HashSet<>();
		for (int k = 0; tags.containsKey("Thumbnails." + k + ".ImageIndex"); k++)
			if (tags.get("Thumbnails." + k + ".ImageIndex") instanceof Long l) out.add(l.intValue());
		boolean hasList = tags.keySet().stream().anyMatch(s -> s.startsWith("Thumbnails."));
		if (!hasList && indices.size() > 1 && tags.get("ImageList.0.ImageData.DataType") instanceof Long code && DmDataType.fromCode(code).isRgb())
			out.add(0);
		return out;
	}

	private static DmImage image(FileInput in, DmTagParser parser, int index, boolean thumbnail) throws IOException {
		Map<String, Object> tags = parser.tags();
		String pre = "ImageList." + index + ".ImageData.";
		if (!(tags.get(pre + "Data") instanceof DmArray data)) return null;
		in.where("image " + index + " of the ImageList");
		if (!(tags.get(pre + "DataType") instanceof Long code))
			throw new ImageReadException(in.file(), "image " + index + " has no DataType tag — the file is damaged; " + DmTagParser.REMEDY);
		int[] dims = dimensions(in, tags, pre, index);
		List<DmAxis> axes = new ArrayList<>();
		for (int d = 0; d < dims.length; d++) axes.add(axis(tags, pre + "Calibrations.Dimension." + d + "."));
		DmAxis intensity = axis(tags, pre + "Calibrations.Brightness.");
		String name = tags.get("ImageList." + index + ".Name") instanceof String s ? s : "";
		DmDataType type = DmDataType.fromCode(code);
		long pixels = 1;
		for (int d : dims) pixels *= d;
		float[] values = null;
		int[] rgb = null;
		if (type != DmDataType.PACKED_COMPLEX && type != DmDataType.UNKNOWN) {
			long need = pixels * type.bytesPerPixel();
			if (data.byteLength() != need)
				throw new ImageReadException(in.file(), "image " + index + " is " + pixels + " pixels of " + type.label() + " (" + need + " bytes) but its Data tag holds "
					+ data.byteLength() + " bytes — the file is damaged; " + DmTagParser.REMEDY);
			in.where("the data of image " + index + " (tag 'Data')");
			if (type.isRgb()) rgb = in.ints(data.offset(), pixels, parser.byteOrder());
			else if (type.isComplex()) values = modulus(in.floats(data.offset(), 2 * pixels, type.component(), parser.byteOrder()));
			else values = in.floats(data.offset(), pixels, type.component(), parser.byteOrder());
		}
		return new DmImage(index, name, type, code.intValue(), dims, axes, intensity, values, rgb, thumbnail, tags);
	}

	private static int[] dimensions(FileInput in, Map<String, Object> tags, String pre, int index) throws ImageReadException {
		List<Integer> dims = new ArrayList<>();
		long pixels = 1;
		for (int d = 0; tags.get(pre + "Dimensions." + d) instanceof Long size; d++) {
			if (size < 1 || size > FileInput.MAX_ARRAY)
				throw new ImageReadException(in.file(), "image " + index + " has an impossible size " + size + " along axis " + d + " — the file is damaged; " + DmTagParser.REMEDY);
			pixels *= size;
			FileInput.checkMemory(in.file(), pixels, 0);
			dims.add(size.intValue());
		}
		if (dims.isEmpty()) throw new ImageReadException(in.file(), "image " + index + " has no Dimensions tag — the file is damaged; " + DmTagParser.REMEDY);
		return dims.stream().mapToInt(Integer::intValue).toArray();
	}

	private static DmAxis axis(Map<String, Object> tags, String pre) {
		double origin = tags.get(pre + "Origin") instanceof Number n ? n.doubleValue() : 0;
		double scale = tags.get(pre + "Scale") instanceof Number n ? n.doubleValue() : 1;
		String units = tags.get(pre + "Units") instanceof String s ? s : "";
		return new DmAxis(origin, scale, units);
	}

	private static float[] modulus(float[] parts) {
		float[] out = new float[parts.length / 2];
		for (int i = 0; i < out.length; i++) out[i] = (float) Math.hypot(parts[2 * i], parts[2 * i + 1]);
		return out;
	}
}
