package org.stemsift.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the tag tree of a DigitalMicrograph file and flattens it into a map from dotted paths
 * ({@code ImageList.1.ImageTags.Microscope Info.Voltage}) to values. Unnamed tags (the entries of lists such as
 * {@code ImageList}) are named by their 0-based position in their group.
 *
 * <p>Format: a big-endian header (version 3 or 4, file size, byte order of the tag data), then nested tag groups.
 * DM3 stores counts and sizes in 4 bytes, DM4 in 8 and adds the size of each tag after its label. Structure fields
 * are always big-endian; tag values follow the byte-order flag. Every count is checked against the bytes that are left
 * before it is trusted.
 *
 * <p>Values become {@link Long} (integers), {@link Double} (floats), {@link Boolean}, {@link String} (DM keeps text as
 * arrays of UTF-16 code units), {@link List} (structs and short arrays) or {@link DmArray} (positions of long arrays
 * and of every image's {@code Data}).
 */
final class DmTagParser {

	static final String REMEDY = "re-export it from DigitalMicrograph";

	private static final int GROUP = 20, DATA = 21;
	private static final int STRUCT = 15, STRING = 18, ARRAY = 20;
	private static final int MAX_DEPTH = 64;
	private static final int MAX_INFO = 1 << 16;
	private static final int MAX_TEXT_UNITS = 1 << 16;
	private static final int MAX_LIST_BYTES = 256;
	private static final byte[] DATA_MARK = { '%', '%', '%', '%' };

	private final FileInput in;
	private final Map<String, Object> tags = new LinkedHashMap<>();
	private int version;
	private ByteOrder order;

	private DmTagParser(FileInput in) { this.in = in; }

	static DmTagParser parse(FileInput in) throws IOException {
		DmTagParser p = new DmTagParser(in);
		p.header();
		p.group("", 0);
		return p;
	}

	int version() { return version; }

	ByteOrder byteOrder() { return order; }

	Map<String, Object> tags() { return tags; }

	private void header() throws IOException {
		in.where("the file header");
		if (in.length() < 16) throw new ImageReadException(in.file(), "the file is only " + in.length() + " bytes long, too short for a DigitalMicrograph file; " + REMEDY);
		version = in.i32(ByteOrder.BIG_ENDIAN);
		if (version != 3 && version != 4)
			throw new ImageReadException(in.file(), "not a DigitalMicrograph file (its version field is " + version
				+ ", expected 3 or 4); only .dm3/.dm4 files saved by DigitalMicrograph can be read");
		count("the file size");
		int flag = in.i32(ByteOrder.BIG_ENDIAN);
		if (flag != 0 && flag != 1) throw in.damaged("the byte-order flag is " + flag + ", expected 0 or 1");
		order = flag == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
	}

	/** A count or size: 4 bytes in DM3, 8 in DM4, big-endian. */
	private long count(String what) throws IOException {
		long v = version == 3 ? in.u32(ByteOrder.BIG_ENDIAN) : in.i64(ByteOrder.BIG_ENDIAN);
		if (v < 0) throw in.damaged(what + " is negative");
		return v;
	}

	private void group(String path, int depth) throws IOException {
		if (depth > MAX_DEPTH) throw in.damaged("tag groups are nested more than " + MAX_DEPTH + " deep");
		in.skip(2); // "is sorted" and "is open" flags
		long n = count("the number of tags");
		if (n > in.remaining() / 3) throw in.damaged("tag group '" + path + "' claims " + n + " tags, more than the file can hold");
		for (long i = 0; i < n; i++) {
			in.where(path.isEmpty() ? "the root tag group" : "tag group '" + path + "'");
			int kind = in.u8();
			String label = new String(in.bytes(in.i16(ByteOrder.BIG_ENDIAN) & 0xffff), StandardCharsets.ISO_8859_1);
			String child = path.isEmpty() ? nameOf(label, i) : path + "." + nameOf(label, i);
			long size = version == 4 ? count("the tag size") : -1;
			long start = in.position();
			in.where("tag '" + nameOf(label, i) + "'" + (path.isEmpty() ? "" : " (" + child + ")"));
			if (size > in.remaining()) throw in.truncated();
			switch (kind) {
				case GROUP -> group(child, depth + 1);
				case DATA -> data(child, label);
				default -> throw in.damaged("unknown tag kind " + kind + " (expected 20 for a group or 21 for data)");
			}
			if (size >= 0 && in.position() != start + size) throw in.damaged("the tag's contents do not match its declared size " + size);
		}
	}

	/** A type code; absurd values map to -1 so that a cast cannot turn them into a valid code. */
	private static int code(long v) {
		return v >= 0 && v <= 64 ? (int) v : -1;
	}

	private static String nameOf(String label, long index) {
		return label.isEmpty() ? Long.toString(index) : label;
	}

	private void data(String path, String label) throws IOException {
		byte[] mark = in.bytes(4);
		if (!java.util.Arrays.equals(mark, DATA_MARK)) throw in.damaged("the data tag lacks its '%%%%' marker");
		long n = count("the type description length");
		if (n < 1 || n > MAX_INFO) throw in.damaged("the type description has " + n + " entries");
		long[] info = new long[(int) n];
		for (int k = 0; k < n; k++) info[k] = count("a type description entry");
		tags.putIfAbsent(path, value(info, label));
	}

	private Object value(long[] info, String label) throws IOException {
		int type = code(info[0]);
		if (ScalarType.isScalar(type)) return scalar(type);
		return switch (type) {
			case STRUCT -> struct(fieldTypes(info, 2, 4));
			case STRING -> string(info);
			case ARRAY -> array(info, label);
			default -> throw in.damaged("unknown data type " + type);
		};
	}

	/** Field types of a struct description: the field count at {@code countAt}, then (name length, type) pairs. */
	private int[] fieldTypes(long[] info, int countAt, int firstTypeAt) throws ImageReadException {
		if (info.length <= countAt) throw in.damaged("a struct description is incomplete");
		long fields = info[countAt];
		if (fields < 0 || fields > (info.length - firstTypeAt + 1) / 2) throw in.damaged("a struct declares " + fields + " fields but describes fewer");
		int[] types = new int[(int) fields];
		for (int f = 0; f < fields; f++) {
			types[f] = code(info[firstTypeAt + 2 * f]);
			if (!ScalarType.isScalar(types[f])) throw in.damaged("a struct field has unsupported type " + types[f]);
		}
		return types;
	}

	private List<Object> struct(int[] types) throws IOException {
		List<Object> out = new ArrayList<>(types.length);
		for (int t : types) out.add(scalar(t));
		return out;
	}

	private Object scalar(int type) throws IOException {
		return switch (type) {
			case 2 -> (long) in.i16(order);
			case 3 -> (long) in.i32(order);
			case 4 -> (long) (in.i16(order) & 0xffff);
			case 5 -> in.u32(order);
			case 6 -> (double) in.f32(order);
			case 7 -> in.f64(order);
			case 8 -> in.u8() != 0;
			case 9 -> (long) (byte) in.u8();
			case 10 -> (long) in.u8();
			case 11, 12 -> in.i64(order);
			default -> throw new AssertionError(type);
		};
	}

	private String string(long[] info) throws IOException {
		if (info.length < 2) throw in.damaged("a string description is incomplete");
		if (info[1] > in.remaining()) throw in.truncated();
		if (info[1] > MAX_TEXT_UNITS) {
			in.skip(info[1]);
			return "<string of " + info[1] + " bytes>";
		}
		return new String(in.bytes((int) info[1]), StandardCharsets.ISO_8859_1);
	}

	private Object array(long[] info, String label) throws IOException {
		if (info.length < 3) throw in.damaged("an array description is incomplete");
		int elem = code(info[1]);
		int[] fields;
		long count;
		if (elem == STRUCT) {
			fields = fieldTypes(info, 3, 5);
			count = info[info.length - 1];
		} else if (ScalarType.isScalar(elem)) {
			fields = new int[] { elem };
			count = info[2];
		} else {
			throw in.damaged("an array has unsupported element type " + elem);
		}
		int elementBytes = 0;
		for (int f : fields) elementBytes += ScalarType.bytes(f);
		if (count > in.remaining() / elementBytes) throw in.truncated();
		long offset = in.position();
		boolean isData = label.equals("Data");
		if (!isData && elem == 4 && count <= MAX_TEXT_UNITS) return text((int) count);
		if (!isData && count * elementBytes <= MAX_LIST_BYTES) {
			List<Object> items = new ArrayList<>((int) count);
			for (long k = 0; k < count; k++) items.add(fields.length == 1 ? scalar(fields[0]) : struct(fields));
			return items;
		}
		in.skip(count * elementBytes);
		return new DmArray(offset, count, elementBytes, ScalarType.describe(fields));
	}

	/** DM text: UTF-16 code units in the data byte order, sometimes NUL-terminated. */
	private String text(int units) throws IOException {
		ByteBuffer b = ByteBuffer.wrap(in.bytes(units * 2)).order(order);
		StringBuilder s = new StringBuilder(units);
		for (int k = 0; k < units; k++) s.append(b.getChar());
		int end = s.length();
		while (end > 0 && s.charAt(end - 1) == 0) end--;
		return s.substring(0, end);
	}

	/** The scalar type codes of DM tags (distinct from the image DataType codes). */
	static final class ScalarType {
		private static final String[] NAMES = { null, null, "int16", "int32", "uint16", "uint32", "float32", "float64", "bool", "int8", "uint8", "int64", "uint64" };
		private static final int[] BYTES = { 0, 0, 2, 4, 2, 4, 4, 8, 1, 1, 1, 8, 8 };

		private ScalarType() {}

		static boolean isScalar(int type) { return type >= 2 && type <= 12; }

		static int bytes(int type) { return BYTES[type]; }

		static String describe(int[] fields) {
			if (fields.length == 1) return NAMES[fields[0]];
			StringBuilder s = new StringBuilder("struct(");
			for (int f = 0; f < fields.length; f++) s.append(f == 0 ? "" : ",").append(NAMES[fields[f]]);
			return s.append(')').toString();
		}
	}
}
