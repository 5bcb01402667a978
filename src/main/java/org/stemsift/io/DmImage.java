package org.stemsift.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.stemsift.core.Calibration;

/**
 * One image of a DigitalMicrograph file: an entry of its {@code ImageList}, which may be the thumbnail, a 2-D image, a
 * 1-D spectrum, a 3-D stack or a spectrum image. Dimensions are in DM order, x fastest, and {@link #values()} holds the
 * pixels in that order, so a 2-D image is row-major and a stack of {@code [w, h, n]} is {@code n} consecutive images.
 */
public final class DmImage {

	private final int index;
	private final String name;
	private final DmDataType dataType;
	private final int dataTypeCode;
	private final int[] dims;
	private final List<DmAxis> axes;
	private final DmAxis intensity;
	private final float[] values;
	private final int[] rgb;
	private final boolean thumbnail;
	private final Map<String, Object> fileTags;

	DmImage(int index, String name, DmDataType dataType, int dataTypeCode, int[] dims, List<DmAxis> axes, DmAxis intensity,
		float[] values, int[] rgb, boolean thumbnail, Map<String, Object> fileTags) {
		this.index = index;
		this.name = name;
		this.dataType = dataType;
		this.dataTypeCode = dataTypeCode;
		this.dims = dims;
		this.axes = List.copyOf(axes);
		this.intensity = intensity;
		this.values = values;
		this.rgb = rgb;
		this.thumbnail = thumbnail;
		this.fileTags = fileTags;
	}

	/** Position in the file's ImageList (0 is usually the thumbnail). */
	public int index() { return index; }

	public String name() { return name; }

	public DmDataType dataType() { return dataType; }

	/** The DataType code as stored in the file. */
	public int dataTypeCode() { return dataTypeCode; }

	/** Sizes in DM order, x fastest (a copy). */
	public int[] dimensions() { return dims.clone(); }

	public int rank() { return dims.length; }

	/** The dimensions that are longer than 1: a {@code [2048, 1]} spectrum gives {@code [2048]}. */
	public int[] significantDimensions() {
		return java.util.Arrays.stream(dims).filter(d -> d > 1).toArray();
	}

	public long pixelCount() {
		long n = 1;
		for (int d : dims) n *= d;
		return n;
	}

	/** Calibration of axis {@code d} (0 = x). */
	public DmAxis axis(int d) { return axes.get(d); }

	public List<DmAxis> axes() { return axes; }

	/** Intensity calibration ("Brightness"), e.g. counts to electrons. Not applied to {@link #values()}. */
	public DmAxis intensity() { return intensity; }

	public boolean isThumbnail() { return thumbnail; }

	public boolean isRgb() { return dataType.isRgb(); }

	public boolean isComplex() { return dataType.isComplex(); }

	/** Why the pixels could not be decoded (packed complex or unknown types), if so. */
	public Optional<String> unsupportedReason() {
		if (dataType == DmDataType.PACKED_COMPLEX)
			return Optional.of("it is a packed-complex FFT (DataType " + dataTypeCode + "), which STEMsift does not read; in DigitalMicrograph convert it "
				+ "to a real image (e.g. its modulus) and save again");
		if (dataType == DmDataType.UNKNOWN)
			return Optional.of("its DataType " + dataTypeCode + " is not a known DigitalMicrograph pixel type");
		return Optional.empty();
	}

	/**
	 * The pixel values as floats, x fastest (not a copy). Integer and bool types are converted exactly (bool gives 0/1);
	 * complex types give the modulus |z|. Throws {@link IllegalStateException} for RGB images (see {@link #rgb()}) and
	 * for types listed by {@link #unsupportedReason()}.
	 */
	public float[] values() {
		if (values == null)
			throw new IllegalStateException(description() + ": " + (isRgb() ? "an RGB image has no single value per pixel; use rgb()" : unsupportedReason().orElse("no values")));
		return values;
	}

	/** For RGB/RGBA images, the colours as 0xAARRGGBB (the layout of ImageJ's ColorProcessor), x fastest; else throws. */
	public int[] rgb() {
		if (rgb == null) throw new IllegalStateException(description() + " is not an RGB image");
		return rgb;
	}

	/** A tag below this image, by its path relative to the image, e.g. {@code ImageTags.Microscope Info.Voltage}. */
	public Object tag(String relativePath) {
		return fileTags.get(prefix() + relativePath);
	}

	/** All tags under this image's {@code ImageTags}, with that prefix removed, in file order. */
	public Map<String, Object> imageTags() {
		String p = prefix() + "ImageTags.";
		Map<String, Object> out = new LinkedHashMap<>();
		fileTags.forEach((k, v) -> { if (k.startsWith(p)) out.put(k.substring(p.length()), v); });
		return Collections.unmodifiableMap(out);
	}

	/** The accelerating voltage in volts ({@code ImageTags.Microscope Info.Voltage}), if recorded. */
	public OptionalDouble voltage() {
		return tag("ImageTags.Microscope Info.Voltage") instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
	}

	/**
	 * True for spectra and spectrum images: DM's {@code Meta Data} names a signal such as EELS, EDS or CL, or a
	 * format containing "spectrum". Such data must not be treated as an image stack.
	 */
	public boolean isSpectral() {
		Object signal = tag("ImageTags.Meta Data.Signal"), format = tag("ImageTags.Meta Data.Format");
		boolean spectralSignal = signal instanceof String s && !s.isBlank() && !s.equalsIgnoreCase("image");
		return spectralSignal || (format instanceof String f && f.toLowerCase(java.util.Locale.ROOT).contains("spectrum"));
	}

	/**
	 * Spatial calibration of the first two axes longer than 1 pixel. Different length units on x and y (DM allows nm and Å) are converted to
	 * x's unit; axes without units, with unrelated units or with a non-positive scale give {@link Calibration#PIXELS}.
	 */
	public Calibration calibration() {
		List<DmAxis> spatial = new java.util.ArrayList<>();
		for (int d = 0; d < dims.length; d++) if (dims[d] > 1) spatial.add(axes.get(d));
		if (spatial.size() < 2) spatial = axes;
		return DmCalibrations.of(spatial.get(0), spatial.size() > 1 ? spatial.get(1) : spatial.get(0));
	}

	/** "image 1 'HAADF' (uint16, 512 × 512)". */
	public String description() {
		StringBuilder s = new StringBuilder("image ").append(index);
		if (!name.isEmpty()) s.append(" '").append(name).append('\'');
		s.append(" (").append(dataType.label()).append(", ").append(dimensionText()).append(')');
		return s.toString();
	}

	/** "64 × 65 × 66". */
	public String dimensionText() {
		StringBuilder s = new StringBuilder();
		for (int d = 0; d < dims.length; d++) s.append(d == 0 ? "" : " × ").append(dims[d]);
		return s.toString();
	}

	private String prefix() { return "ImageList." + index + "."; }

	@Override
	public String toString() { return "DmImage[" + description() + "]"; }
}
