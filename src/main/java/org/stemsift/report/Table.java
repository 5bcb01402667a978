package org.stemsift.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table as plain columns and rows: written as CSV by the CLI and copied into an ImageJ ResultsTable by the
 * Fiji commands, so both show the same columns.
 */
public record Table(List<String> columns, List<Object[]> rows) {

	public Table(String... columns) {
		this(List.of(columns), new ArrayList<>());
	}

	public Table add(Object... values) {
		if (values.length != columns.size()) throw new IllegalArgumentException("Row has " + values.length + " values for " + columns.size() + " columns");
		rows.add(values);
		return this;
	}

	public org.stemsift.io.CsvTable toCsv() {
		org.stemsift.io.CsvTable csv = new org.stemsift.io.CsvTable(columns);
		for (Object[] r : rows) csv.addRow(r);
		return csv;
	}
}
