package org.stemsift.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A small CSV table (a header and rows of values) for results such as per-patch scores and detected defects, written
 * in RFC 4180 style so that spreadsheets, pandas and Fiji's results tables read it as is: comma-separated, UTF-8,
 * fields quoted when they contain a comma, quote, line break or surrounding spaces, numbers in Java's
 * locale-independent notation ({@code 0.5}, {@code 1.0E-5}, {@code NaN}). Written atomically.
 */
public final class CsvTable {

	private final List<String> header;
	private final List<List<String>> rows = new ArrayList<>();

	public CsvTable(String... header) {
		this(List.of(header));
	}

	public CsvTable(List<String> header) {
		if (header.isEmpty()) throw new IllegalArgumentException("A table needs at least one column");
		this.header = List.copyOf(header);
	}

	/** Appends a row; values are formatted with {@code String.valueOf}, null as an empty field. */
	public CsvTable addRow(Object... values) {
		if (values.length != header.size())
			throw new IllegalArgumentException("Row has " + values.length + " values but the table has " + header.size() + " columns " + header);
		List<String> row = new ArrayList<>(values.length);
		for (Object v : values) row.add(v == null ? "" : String.valueOf(v));
		rows.add(Collections.unmodifiableList(row));
		return this;
	}

	public List<String> header() { return header; }

	public List<List<String>> rows() { return Collections.unmodifiableList(rows); }

	public int rowCount() { return rows.size(); }

	/** The value in row {@code row} (0-based) of the named column. */
	public String get(int row, String column) {
		int c = header.indexOf(column);
		if (c < 0) throw new IllegalArgumentException("No column '" + column + "' in " + header);
		return rows.get(row).get(c);
	}

	public String toCsv() {
		StringBuilder s = new StringBuilder();
		appendLine(s, header);
		for (List<String> row : rows) appendLine(s, row);
		return s.toString();
	}

	public void write(Path file) throws IOException {
		AtomicFiles.writeString(file, toCsv());
	}

	public static CsvTable read(Path file) throws IOException {
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IllegalArgumentException e) {
			throw new IOException("Cannot read the table " + file + ": " + e.getMessage(), e);
		}
	}

	/** Parses CSV text (quoted fields may hold commas, quotes and line breaks; LF or CRLF line ends). */
	public static CsvTable parse(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> line = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false, any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c != '"') field.append(c);
				else if (i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
				else quoted = false;
			} else if (c == '"') {
				quoted = true;
				any = true;
			} else if (c == ',') {
				line.add(field.toString());
				field.setLength(0);
				any = true;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
				line.add(field.toString());
				lines.add(line);
				line = new ArrayList<>();
				field.setLength(0);
				any = false;
			} else {
				field.append(c);
				any = true;
			}
		}
		if (quoted) throw new IllegalArgumentException("a quoted field is not closed");
		if (any) { line.add(field.toString()); lines.add(line); }
		if (lines.isEmpty()) throw new IllegalArgumentException("the table is empty (no header line)");
		CsvTable t = new CsvTable(lines.get(0));
		for (int r = 1; r < lines.size(); r++) {
			if (lines.get(r).size() != t.header.size())
				throw new IllegalArgumentException("line " + (r + 1) + " has " + lines.get(r).size() + " fields but the header has " + t.header.size());
			t.rows.add(Collections.unmodifiableList(lines.get(r)));
		}
		return t;
	}

	private static void appendLine(StringBuilder s, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) s.append(',');
			s.append(quote(fields.get(i)));
		}
		s.append('\n');
	}

	static String quote(String f) {
		boolean needs = f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r")
			|| (!f.isEmpty() && (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(f.length() - 1))));
		return needs ? '"' + f.replace("\"", "\"\"") + '"' : f;
	}
}
