package org.stemsift.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes ground truth as CSV that spreadsheets, pandas and the evaluation code read alike: defects with header
 * {@code kind,x,y,sign} and sites with header {@code x,y,sublattice,cell_u,cell_v,defect}. Coordinates are pixels with
 * pixel centres at integer values (add 0.5 for ImageJ sub-pixel ROI coordinates). Each file is written to a temporary
 * file in the same folder and then moved into place, so a reader never sees a half-written file.
 */
public final class GroundTruthWriter {

	public static final String DEFECTS_HEADER = "kind,x,y,sign";
	public static final String SITES_HEADER = "x,y,sublattice,cell_u,cell_v,defect";

	private GroundTruthWriter() {}

	public static void writeDefects(Path file, List<PlantedDefect> defects) throws IOException {
		writeAtomically(file, out -> {
			out.write(DEFECTS_HEADER);
			out.newLine();
			for (PlantedDefect d : defects) {
				out.write(d.kind() + "," + number(d.x()) + "," + number(d.y()) + "," + d.sign());
				out.newLine();
			}
		});
	}

	public static void writeSites(Path file, List<ColumnSite> sites) throws IOException {
		writeAtomically(file, out -> {
			out.write(SITES_HEADER);
			out.newLine();
			for (ColumnSite s : sites) {
				out.write(number(s.x()) + "," + number(s.y()) + "," + s.sublatticeName() + "," + s.cellU() + "," + s.cellV() + "," + s.defect());
				out.newLine();
			}
		});
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, "%.4f", v);
	}

	private interface Content {
		void write(BufferedWriter out) throws IOException;
	}

	private static void writeAtomically(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
		try {
			try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
				content.write(out);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
