package org.stemsift.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a NumPy {@code .npy} file (format versions 1.0, 2.0 and 3.0): magic string, version, header length and
 * a Python dict literal such as {@code {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }}. The dict is parsed
 * by a small recursive-descent parser rather than by pattern matching so that unusual but legal spacing, trailing
 * commas and Python-2 style {@code 3L} integers are all accepted.
 */
record NpyHeader(String descr, SampleType type, ByteOrder order, long[] shape, long dataOffset) {

	static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };
	static final String REMEDY = "save the array again with numpy.save";
	/** NumPy itself refuses headers over 10 000 bytes by default; we allow more but never allocate blindly. */
	private static final int MAX_HEADER = 1 << 20;

	static NpyHeader read(FileInput in) throws IOException {
		in.where("the NPY header");
		if (in.length() < 10 || !java.util.Arrays.equals(in.bytes(MAGIC.length), MAGIC))
			throw new ImageReadException(in.file(), "not a NumPy .npy file (it does not start with \\x93NUMPY); save arrays with numpy.save(path, array)");
		int major = in.u8(), minor = in.u8();
		long headerLength = switch (major) {
			case 1 -> in.i16(ByteOrder.LITTLE_ENDIAN) & 0xffff;
			case 2, 3 -> in.u32(ByteOrder.LITTLE_ENDIAN);
			default -> throw new ImageReadException(in.file(), "NPY format version " + major + "." + minor
				+ " is not supported (versions 1.0 to 3.0 are); save it with a current numpy.save");
		};
		if (headerLength > MAX_HEADER) throw in.damaged("the header claims to be " + headerLength + " bytes long");
		byte[] raw = in.bytes((int) headerLength);
		String text = new String(raw, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
		Map<String, Object> dict;
		try {
			dict = new DictParser(text).parse();
		} catch (IllegalArgumentException e) {
			throw new ImageReadException(in.file(), "the NPY header is not a valid dictionary (" + e.getMessage() + "): " + text.strip());
		}
		return of(in, dict, in.position());
	}

	private static NpyHeader of(FileInput in, Map<String, Object> dict, long dataOffset) throws ImageReadException {
		Object descr = dict.get("descr"), fortran = dict.get("fortran_order"), shape = dict.get("shape");
		if (descr instanceof List)
			throw new ImageReadException(in.file(), "it holds a structured (record) array; save a plain numeric array instead, e.g. np.save(path, a['field'])");
		if (!(descr instanceof String d) || !(fortran instanceof Boolean f) || !(shape instanceof long[] s))
			throw new ImageReadException(in.file(), "the NPY header lacks 'descr', 'fortran_order' or 'shape': " + dict.keySet());
		if (f)
			throw new ImageReadException(in.file(), "the array is stored in Fortran (column-major) order; save it in C order with np.save(path, np.ascontiguousarray(a))");
		for (long n : s) if (n < 0) throw new ImageReadException(in.file(), "the NPY header has a negative dimension in its shape");
		return new NpyHeader(d, sampleType(in, d), byteOrder(d), s, dataOffset);
	}

	private static ByteOrder byteOrder(String descr) {
		return descr.startsWith(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
	}

	private static SampleType sampleType(FileInput in, String descr) throws ImageReadException {
		String body = descr.isEmpty() || "<>|=".indexOf(descr.charAt(0)) < 0 ? descr : descr.substring(1);
		SampleType t = switch (body) {
			case "u1", "B" -> SampleType.UINT8;
			case "i1", "b" -> SampleType.INT8;
			case "b1", "?" -> SampleType.BOOL;
			case "u2" -> SampleType.UINT16;
			case "i2" -> SampleType.INT16;
			case "u4" -> SampleType.UINT32;
			case "i4" -> SampleType.INT32;
			case "u8" -> SampleType.UINT64;
			case "i8" -> SampleType.INT64;
			case "f4" -> SampleType.FLOAT32;
			case "f8" -> SampleType.FLOAT64;
			default -> null;
		};
		if (t == null)
			throw new ImageReadException(in.file(), "data type '" + descr + "' is not supported (supported: uint8, int8, uint16, int16, uint32, int32, "
				+ "int64, uint64, float32, float64, bool); convert it first, e.g. np.save(path, a.astype(np.float32))");
		return t;
	}

	long count() {
		long n = 1;
		for (long d : shape) n = Math.multiplyExact(n, d);
		return n;
	}

	String shapeText() { return NpyArray.shapeText(shape); }

	/** Parses the Python literal subset used in NPY headers: dicts, strings, booleans, ints, tuples and lists. */
	private static final class DictParser {
		private final String s;
		private int i;

		DictParser(String s) { this.s = s; }

		Map<String, Object> parse() {
			Object v = value();
			if (!(v instanceof Map<?, ?> m)) throw new IllegalArgumentException("expected '{'");
			@SuppressWarnings("unchecked") Map<String, Object> map = (Map<String, Object>) m;
			return map;
		}

		private Object value() {
			skipSpace();
			if (i >= s.length()) throw new IllegalArgumentException("unexpected end");
			char c = s.charAt(i);
			if (c == '{') return dict();
			if (c == '(' || c == '[') return sequence(c == '(' ? ')' : ']', c == '(');
			if (c == '\'' || c == '"') return string(c);
			if (s.startsWith("True", i)) { i += 4; return Boolean.TRUE; }
			if (s.startsWith("False", i)) { i += 5; return Boolean.FALSE; }
			return integer();
		}

		private Map<String, Object> dict() {
			Map<String, Object> m = new HashMap<>();
			i++;
			while (true) {
				skipSpace();
				if (peek() == '}') { i++; return m; }
				Object key = value();
				skipSpace();
				expect(':');
				m.put(String.valueOf(key), value());
				skipSpace();
				if (peek() == ',') i++;
				else if (peek() != '}') throw new IllegalArgumentException("expected ',' or '}' at " + i);
			}
		}

		/** Tuples of integers become long[] (shapes); anything else becomes a List. */
		private Object sequence(char close, boolean tuple) {
			List<Object> items = new ArrayList<>();
			i++;
			while (true) {
				skipSpace();
				if (peek() == close) { i++; break; }
				items.add(value());
				skipSpace();
				if (peek() == ',') i++;
				else if (peek() != close) throw new IllegalArgumentException("expected ',' or '" + close + "' at " + i);
			}
			if (tuple && items.stream().allMatch(Long.class::isInstance)) return items.stream().mapToLong(Long.class::cast).toArray();
			return items;
		}

		private String string(char quote) {
			int end = s.indexOf(quote, i + 1);
			if (end < 0) throw new IllegalArgumentException("unterminated string");
			String out = s.substring(i + 1, end);
			i = end + 1;
			return out;
		}

		private Long integer() {
			int start = i;
			if (peek() == '-') i++;
			while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
			if (i == start) throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' at " + i);
			long v;
			try {
				v = Long.parseLong(s.substring(start, i));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("number too large at " + start);
			}
			if (i < s.length() && (s.charAt(i) == 'L' || s.charAt(i) == 'l')) i++;
			return v;
		}

		private void expect(char c) {
			if (peek() != c) throw new IllegalArgumentException("expected '" + c + "' at " + i);
			i++;
		}

		private char peek() { return i < s.length() ? s.charAt(i) : '\0'; }

		private void skipSpace() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }
	}
}
