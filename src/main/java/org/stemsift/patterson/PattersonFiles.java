package org.stemsift.patterson;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.stemsift.core.Image2D;
import org.stemsift.io.AtomicFiles;
import org.stemsift.io.TiffWriter;

/**
 * Writes a result into a folder, every file atomically: {@code sites.csv} (one row per segment, pixel coordinates),
 * {@code labels.tif}, {@code pca_variance.csv}, {@code gamma_sweep.csv}, {@code nu_scan.csv} (when ν was scanned), the
 * plots {@code nu_scan.png}, {@code decision_histogram.png}, {@code pca_variance.png}, for scheme two {@code fft.png} (the power spectrum with the chosen reflection circled), and
 * {@code overview.png}, the
 * image with domains and outliers drawn on it.
 */
public final class PattersonFiles {

	public static final String SITES = "sites.csv";
	public static final String LABELS = "labels.tif";
	public static final String OVERVIEW = "overview.png";
	/** The overview picture is shrunk by a whole factor until its longer side is at most this. */
	static final int OVERVIEW_SIDE = 768;

	private PattersonFiles() {}

	public static void write(PattersonResult r, Image2D image, Path folder) throws IOException {
		Files.createDirectories(folder);
		PattersonTables.sites(r).toCsv().write(folder.resolve(SITES));
		TiffWriter.writeLabels(r.labels(), r.width(), r.height(), image.calibration(), folder.resolve(LABELS));
		PattersonTables.pcaVariance(r).toCsv().write(folder.resolve("pca_variance.csv"));
		PattersonTables.gammaSweep(r.gammaSweep()).toCsv().write(folder.resolve("gamma_sweep.csv"));
		if (r.scan() != null) {
			PattersonTables.nuScan(r.scan()).toCsv().write(folder.resolve("nu_scan.csv"));
			writePlot(PattersonPlots.nuScan(r), folder.resolve("nu_scan.png"));
		}
		writePlot(PattersonPlots.decisionHistogram(r), folder.resolve("decision_histogram.png"));
		writePlot(PattersonPlots.pcaVariance(r), folder.resolve("pca_variance.png"));
		if (r.fringes() != null) writePng(SpectrumPicture.render(image, r.fringes().reflection()).flatten(), folder.resolve("fft.png"));
		int shrink = (Math.max(image.width(), image.height()) + OVERVIEW_SIDE - 1) / OVERVIEW_SIDE;
		writePng(new ImagePlus("overview", ResultPicture.render(image, r, shrink)), folder.resolve(OVERVIEW));
	}

	static void writePlot(Plot plot, Path png) throws IOException {
		writePng(PattersonPlots.render(plot), png);
	}

	static void writePng(ImagePlus imp, Path png) throws IOException {
		AtomicFiles.writeVia(png, temp -> {
			if (!new FileSaver(imp).saveAsPng(temp.toString())) throw new IOException("Could not write " + png);
		});
	}
}
