package org.stemsift.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.stemsift.cluster.feature.FeatureTable;
import org.stemsift.cluster.selection.SelectionSettings;
import org.stemsift.report.Table;

/**
 * The clustering results as tables, the same for the CSV files of the command line and the Fiji results tables.
 * Clusters are numbered from 1 (largest first).
 */
public final class ClusterTables {

	private ClusterTables() {}

	/**
	 * One row per patch: file, cluster, silhouette, GMM cluster and memberships (when fitted), t-SNE / UMAP
	 * coordinates (when computed), PCA scores, then every feature.
	 */
	public static Table patches(ClusterResult r) {
		List<String> columns = new ArrayList<>(List.of("file", "cluster", "silhouette"));
		int gmm = r.mixture() == null ? 0 : r.mixture().components();
		if (gmm > 0) {
			columns.add("gmm_cluster");
			for (int c = 1; c <= gmm; c++) columns.add("gmm_p" + c);
		}
		if (r.tsne() != null) columns.addAll(List.of("tsne_x", "tsne_y"));
		if (r.umap() != null) columns.addAll(List.of("umap_x", "umap_y"));
		for (int c = 1; c <= r.components(); c++) columns.add("pc" + c);
		columns.addAll(r.features().names());
		Table t = new Table(List.copyOf(columns), new ArrayList<>());
		for (int i = 0; i < r.patchCount(); i++) {
			List<Object> row = new ArrayList<>(columns.size());
			row.add(r.name(i));
			row.add(r.labels()[i] + 1);
			row.add(r.clustering().silhouettes()[i]);
			if (gmm > 0) {
				row.add(r.mixture().labels()[i] + 1);
				for (double m : r.mixture().memberships()[i]) row.add(m);
			}
			if (r.tsne() != null) addAll(row, r.tsne()[i]);
			if (r.umap() != null) addAll(row, r.umap()[i]);
			addAll(row, r.scores()[i]);
			addAll(row, r.features().values()[i]);
			t.add(row.toArray());
		}
		return t;
	}

	/** Every feature of every patch (before selection). */
	public static Table features(ClusterResult r) {
		FeatureTable f = r.features();
		List<String> columns = new ArrayList<>(List.of("file"));
		columns.addAll(f.names());
		Table t = new Table(List.copyOf(columns), new ArrayList<>());
		for (int i = 0; i < f.patchCount(); i++) {
			List<Object> row = new ArrayList<>(List.of(r.name(i)));
			addAll(row, f.values()[i]);
			t.add(row.toArray());
		}
		return t;
	}

	/** One row per feature: family, kept or the tier that removed it and why, and what it measures. */
	public static Table selection(ClusterResult r) {
		Map<String, Object[]> removed = removals(r);
		Table t = new Table("feature", "family", "kept", "tier", "reason", "description");
		FeatureTable f = r.features();
		for (int j = 0; j < f.featureCount(); j++) {
			Object[] why = removed.get(f.names().get(j));
			t.add(f.names().get(j), f.families().get(j).name().toLowerCase(Locale.ROOT), why == null, why == null ? 0 : why[0], why == null ? "" : why[1],
				f.descriptions().get(j));
		}
		return t;
	}

	/** The K scan: mean silhouette and inertia per K, the chosen K marked. */
	public static Table kScan(ClusterResult r) {
		Table t = new Table("k", "mean_silhouette", "inertia", "chosen");
		for (KMeansScan.Row row : r.clustering().rows()) t.add(row.k(), row.meanSilhouette(), row.inertia(), row.k() == r.k());
		return t;
	}

	/** One row per cluster: size, mean silhouette and its most typical patches (closest to the centroid first). */
	public static Table summary(ClusterResult r) {
		Table t = new Table("cluster", "size", "mean_silhouette", "typical_patches");
		int count = r.settings().typicalPatches();
		for (int c = 0; c < r.k(); c++) {
			String typical = java.util.Arrays.stream(r.typical(c, count)).mapToObj(r::name).collect(Collectors.joining(" "));
			t.add(c + 1, r.size(c), r.meanSilhouette(c), typical);
		}
		return t;
	}

	/** Seconds per stage. */
	public static Table timings(ClusterResult r) {
		Table t = new Table("stage", "seconds");
		r.stageSeconds().forEach(t::add);
		return t;
	}

	/** The selection report as text: what each tier removed and why, then what was kept. */
	public static String selectionReport(ClusterResult r) {
		StringBuilder s = new StringBuilder();
		int total = r.features().featureCount(), kept = r.selection().kept().size();
		s.append(String.format(Locale.ROOT, "Feature selection: %d features, %d kept.%n", total, kept));
		String[] tiers = { "", "tier 1 (|Pearson r| > %.2f)", "tier 2 (silhouette of a provisional clustering, on the feature alone, <= %.2f)",
			"tier 3 (variance after scaling by the mean |value| < %.2f; constant features)" };
		double[] thresholds = { 0, r.settings().selection().maxCorrelation(), r.settings().selection().minSilhouette(), r.settings().selection().minVariance() };
		for (int tier = 1; tier <= 3; tier++) {
			if (tier == 2 && thresholds[2] <= SelectionSettings.TIER_TWO_OFF) {
				s.append("  tier 2 (silhouette of a provisional clustering) off: give a minimum silhouette above -1 to use it").append(System.lineSeparator());
				continue;
			}
			int tierNumber = tier;
			List<String> lines = new ArrayList<>();
			for (var removal : r.selection().removed())
				if (removal.tier() == tierNumber) lines.add("    " + removal.feature() + ": " + removal.reason());
			s.append("  ").append(String.format(Locale.ROOT, tiers[tier], thresholds[tier])).append(" removed ").append(lines.size()).append(lines.isEmpty() ? "" : ":")
				.append(System.lineSeparator());
			lines.forEach(l -> s.append(l).append(System.lineSeparator()));
		}
		s.append("  kept: ").append(String.join(", ", r.selection().kept())).append(System.lineSeparator());
		return s.toString();
	}

	/** A few lines for the console and the log: K, silhouette, cluster sizes, components. */
	public static String summaryText(ClusterResult r) {
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "%d patches in %d clusters (K %s, mean silhouette %.3f); %d features kept of %d; %d principal components (%.0f %% of the variance).%n",
			r.patchCount(), r.k(), r.settings().fixedK() > 0 ? "given" : "by the highest mean silhouette over 2.." + r.settings().kMax(), r.clustering().meanSilhouette(),
			r.selection().kept().size(), r.features().featureCount(), r.components(), 100 * r.keptVariance()));
		for (int c = 0; c < r.k(); c++)
			s.append(String.format(Locale.ROOT, "  cluster %d: %d patches, mean silhouette %.3f%n", c + 1, r.size(c), r.meanSilhouette(c)));
		if (r.mixture() != null)
			s.append(String.format(Locale.ROOT, "Gaussian mixture: %d components by BIC (BIC %.1f).%n", r.mixture().components(), r.mixture().bic()));
		r.notes().forEach(n -> s.append("Note: ").append(n).append(System.lineSeparator()));
		return s.toString();
	}

	private static Map<String, Object[]> removals(ClusterResult r) {
		Map<String, Object[]> m = new java.util.HashMap<>();
		for (var removal : r.selection().removed()) m.put(removal.feature(), new Object[] { removal.tier(), removal.reason() });
		return m;
	}

	private static void addAll(List<Object> row, double[] values) {
		for (double v : values) row.add(v);
	}
}
