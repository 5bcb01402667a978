package org.stemsift.report;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.file.Path;

import org.stemsift.io.AtomicFiles;

/** Writes an ImagePlus (plot, montage, flattened overlay) as a PNG, atomically. */
public final class Png {

	private Png() {}

	public static void write(ImagePlus imp, Path png) throws IOException {
		AtomicFiles.writeVia(png, tmp -> {
			if (!new FileSaver(imp).saveAsPng(tmp.toString())) throw new IOException("Could not write " + png);
		});
	}
}
