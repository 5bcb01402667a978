package org.stemsift.cluster;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.stemsift.io.AtomicFiles;

/**
 * Writes a clustering into a folder, every file atomically: {@code clusters.csv} (one row per patch, header
 * {@code file,cluster,…}), {@code features.csv}, {@code selection.csv} and {@code selection.txt}, {@code summary.csv},
 * {@code k_scan.csv}, {@code timings.csv}, and the pictures {@code silhouette_vs_k.png}, {@code tsne.png} /
 * {@code umap.png} (when computed) and {@code montage.png}.
 */
public final class ClusterFiles {

	public static final String CLUSTERS = "clusters.csv";
	public static final String FEATURES = "features.csv";
	public static final String SELECTION = "selection.csv";
	public static final String SELECTION_REPORT = "selection.txt";
	public static final String SUMMARY = "summary.csv";
	public static final String K_SCAN = "k_scan.csv";
	public static final String TIMINGS = "timings.csv";
	public static final String SILHOUETTE_PLOT = "silhouette_vs_k.png";
	public static final String TSNE_PLOT = "tsne.png";
	public static final String UMAP_PLOT = "umap.png";
	public static final String MONTAGE = "montage.png";

	private ClusterFiles() {}

	public static void write(ClusterResult r, Path folder) throws IOException {
		Files.createDirectories(folder);
		ClusterTables.patches(r).toCsv().write(folder.resolve(CLUSTERS));
		ClusterTables.features(r).toCsv().write(folder.resolve(FEATURES));
		ClusterTables.selection(r).toCsv().write(folder.resolve(SELECTION));
		AtomicFiles.writeString(folder.resolve(SELECTION_REPORT), ClusterTables.selectionReport(r));
		ClusterTables.summary(r).toCsv().write(folder.resolve(SUMMARY));
		ClusterTables.kScan(r).toCsv().write(folder.resolve(K_SCAN));
		ClusterTables.timings(r).toCsv().write(folder.resolve(TIMINGS));
		writePng(ClusterPlots.silhouetteVersusK(r).getImagePlus(), folder.resolve(SILHOUETTE_PLOT));
		if (r.tsne() != null) writePng(ClusterPlots.scatter(r, r.tsne(), "t-SNE").getImagePlus(), folder.resolve(TSNE_PLOT));
		if (r.umap() != null) writePng(ClusterPlots.scatter(r, r.umap(), "UMAP").getImagePlus(), folder.resolve(UMAP_PLOT));
		writePng(ClusterPlots.montage(r), folder.resolve(MONTAGE));
	}

	public static void writePng(ImagePlus imp, Path png) throws IOException {
		AtomicFiles.writeVia(png, temp -> {
			if (!new FileSaver(imp).saveAsPng(temp.toString())) throw new IOException("Could not write " + png);
		});
	}
}
