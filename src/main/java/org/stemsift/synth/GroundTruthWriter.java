package org.stemsift.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.stemsift.io.CsvTable;

/**
 * Writes ground truth as CSV that spreadsheets, pandas and the evaluation code read alike: defects with header
 * {@code kind,x,y,sign} and sites with header {@code x,y,sublattice,cell_u,cell_v,defect}. Coordinates are pixels with
 * pixel centres at integer values (add 0.5 for ImageJ sub-pixel ROI coordinates). Each file is written atomically
 * ({@link CsvTable#write}), so a reader never sees a half-written file.
 */
public final class GroundTruthWriter {

	public static final String DEFECTS_HEADER = "kind,x,y,sign";
	public static final String SITES_HEADER = "x,y,sublattice,cell_u,cell_v,defect";

	private GroundTruthWriter() {}

	public static void writeDefects(Path file, List<PlantedDefect> defects) throws IOException {
		CsvTable table = new CsvTable(DEFECTS_HEADER.split(","));
		for (PlantedDefect d : defects) table.addRow(d.kind(), number(d.x()), number(d.y()), d.sign());
		table.write(file);
	}

	public static void writeSites(Path file, List<ColumnSite> sites) throws IOException {
		CsvTable table = new CsvTable(SITES_HEADER.split(","));
		for (ColumnSite s : sites) table.addRow(number(s.x()), number(s.y()), s.sublatticeName(), s.cellU(), s.cellV(), s.defect());
		table.write(file);
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}
}
