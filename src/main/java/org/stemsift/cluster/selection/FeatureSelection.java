package org.stemsift.cluster.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.stemsift.cluster.feature.FeatureTable;
import org.stemsift.learn.KMeans;
import org.stemsift.learn.Matrices;
import org.stemsift.learn.Silhouette;
import org.stemsift.progress.Progress;

/**
 * Three-tier selection of the patch features used for clustering (Ayyubi et al.), deterministic for a given seed.
 * <ol>
 * <li>Redundancy: of every pair with |Pearson r| above the limit, the later column goes (the earlier one is kept).</li>
 * <li>Relevance: the remaining features, standardised, are clustered by k-means (K given, or the K from 2 to 8 with
 * the highest mean silhouette); a feature goes when the silhouette of those clusters measured on that feature alone is
 * at or below the limit, i.e. it does not separate the clusters the features agree on.</li>
 * <li>Spread: a feature goes when its variance after scaling is below the limit.</li>
 * </ol>
 * Constant features are dropped first (reported under tier 3, since their variance is zero) so that no correlation or
 * silhouette is ever computed on them. A tier that would drop every remaining feature keeps its best one and says so.
 * <p>
 * Why tier 3 scales by the mean absolute value and not to [0, 1] or to unit variance: after standardising every
 * variance is 1, and after min-max scaling the variance is at most 0.25 and is crushed by a single extreme patch (a
 * uniform feature already has 1/12 < 0.1), so a feature that singles out a few defective patches would be dropped
 * precisely because it does. Divided by its mean absolute value, a feature's variance is unit-free (the squared
 * coefficient of variation for a positive feature) and small only when the feature hardly changes relative to its
 * size; rare large values raise it.
 */
public final class FeatureSelection {

	static final int MAX_PROVISIONAL_K = 8;
	static final int RESTARTS = 10;

	private FeatureSelection() {}

	public static SelectionResult select(FeatureTable table, SelectionSettings s) {
		return select(table, s, Progress.NONE);
	}

	/** The selection, reporting its tiers and stopping when asked to. */
	public static SelectionResult select(FeatureTable table, SelectionSettings s, Progress progress) {
		double[][] values = table.values();
		Matrices.requireRectangularFinite(values, 3, "patches for feature selection");
		if (values[0].length != table.featureCount())
			throw new IllegalArgumentException("The table has " + table.featureCount() + " feature names but " + values[0].length + " values per patch");
		int n = values.length;
		if (s.provisionalK() > n - 1)
			throw new IllegalArgumentException("A provisional clustering into " + s.provisionalK() + " groups needs at least " + (s.provisionalK() + 1) + " patches, the table has "
				+ n + "; give a smaller K or 0 to choose it");
		Column[] columns = new Column[table.featureCount()];
		for (int f = 0; f < columns.length; f++) columns[f] = new Column(f, table.names().get(f), table.column(f));
		List<Removal> removed = new ArrayList<>();
		progress.update("Feature selection: correlations", 0, 3);
		List<Column> remaining = dropConstant(List.of(columns), removed);
		remaining = dropCorrelated(remaining, s.maxCorrelation(), n, removed);
		progress.update("Feature selection: provisional clustering and silhouettes", 1, 3);
		remaining = dropNonSeparating(remaining, s, n, removed, progress);
		progress.update("Feature selection: variances", 2, 3);
		remaining = dropLowVariance(remaining, s.minVariance(), removed);
		progress.update("Feature selection", 3, 3);
		List<String> kept = new ArrayList<>();
		int[] indices = new int[remaining.size()];
		for (int m = 0; m < indices.length; m++) {
			kept.add(remaining.get(m).name);
			indices[m] = remaining.get(m).index;
		}
		return new SelectionResult(kept, indices, removed);
	}

	/** One feature: its column in the table, name, values, and the values standardised (divisor n). */
	private static final class Column {
		final int index;
		final String name;
		final double[] values, standardised;
		final double mean, sd;

		Column(int index, String name, double[] values) {
			this.index = index;
			this.name = name;
			this.values = values;
			double m = 0, ss = 0;
			for (double v : values) m += v;
			m /= values.length;
			for (double v : values) ss += (v - m) * (v - m);
			mean = m;
			sd = Math.sqrt(ss / values.length);
			standardised = new double[values.length];
			if (!isConstant()) for (int i = 0; i < values.length; i++) standardised[i] = (values[i] - mean) / sd;
		}

		/** Same rule as the Standardizer: no spread beyond rounding of the mean. */
		boolean isConstant() { return !(sd > 1e-12 * Math.max(1, Math.abs(mean))); }
	}

	private static List<Column> dropConstant(List<Column> columns, List<Removal> removed) {
		List<Column> kept = new ArrayList<>();
		for (Column c : columns)
			if (!c.isConstant()) kept.add(c);
		if (kept.isEmpty()) {
			kept.add(columns.get(0));
			for (Column c : columns.subList(1, columns.size()))
				removed.add(new Removal(c.name, 3, "constant (" + number(c.mean) + " in every patch); every feature is constant, so " + columns.get(0).name + " was kept"));
			return kept;
		}
		for (Column c : columns)
			if (c.isConstant()) removed.add(new Removal(c.name, 3, "constant (" + number(c.mean) + " in every patch, zero variance)"));
		return kept;
	}

	/** Tier 1; never empties the list, since the first column is always kept. */
	private static List<Column> dropCorrelated(List<Column> columns, double limit, int n, List<Removal> removed) {
		List<Column> kept = new ArrayList<>();
		for (Column c : columns) {
			Column partner = null;
			double strongest = 0;
			for (Column k : kept) {
				double r = 0;
				for (int i = 0; i < n; i++) r += c.standardised[i] * k.standardised[i];
				r = Math.abs(r / n);
				if (r > limit && r > strongest) { strongest = r; partner = k; }
			}
			if (partner == null) kept.add(c);
			else removed.add(new Removal(c.name, 1, "|r| = " + number(Math.min(1, strongest)) + " with " + partner.name));
		}
		return kept;
	}

	/** Tier 2. */
	private static List<Column> dropNonSeparating(List<Column> columns, SelectionSettings s, int n, List<Removal> removed, Progress progress) {
		if (s.minSilhouette() <= SelectionSettings.TIER_TWO_OFF) return columns; // off: nothing can score below -1
		double[][] data = new double[n][columns.size()];
		for (int i = 0; i < n; i++) for (int m = 0; m < columns.size(); m++) data[i][m] = columns.get(m).standardised[i];
		Provisional clustering = provisional(data, s, progress);
		progress.checkCancelled();
		if (clustering == null) return columns; // all patches alike: no clustering to measure against
		double[] score = new double[columns.size()];
		IntStream.range(0, columns.size()).parallel().forEach(m -> {
			double[][] alone = new double[n][1];
			for (int i = 0; i < n; i++) alone[i][0] = data[i][m];
			score[m] = Silhouette.mean(alone, clustering.labels);
		});
		String context = " for the provisional k-means clustering (K = " + clustering.k + ", mean silhouette " + number(clustering.silhouette) + ")";
		return dropBelow(columns, score, s.minSilhouette(), 2, (c, v) -> "single-feature silhouette " + number(v) + " <= " + number(s.minSilhouette()) + context,
			"scored at or below " + number(s.minSilhouette()), removed);
	}

	private record Provisional(int[] labels, int k, double silhouette) {}

	/** The given K, or the K from 2 to 8 with the highest mean silhouette (smaller K on a tie); null if none splits. */
	private static Provisional provisional(double[][] data, SelectionSettings s, Progress progress) {
		int n = data.length;
		int from = s.provisionalK() > 0 ? s.provisionalK() : 2, to = s.provisionalK() > 0 ? s.provisionalK() : MAX_PROVISIONAL_K;
		Provisional best = null;
		for (int k = from; k <= Math.min(to, n - 1); k++) {
			progress.checkCancelled();
			int[] labels = KMeans.fit(data, k, RESTARTS, s.seed() + k).labels();
			if (Arrays.stream(labels).distinct().count() < 2) continue;
			double silhouette = Silhouette.mean(data, labels);
			if (best == null || silhouette > best.silhouette) best = new Provisional(labels, k, silhouette);
		}
		return best;
	}

	/**
	 * Tier 3: variance of x / mean|x| (divisor n) below the limit; see the class comment for why this scaling.
	 */
	private static List<Column> dropLowVariance(List<Column> columns, double limit, List<Removal> removed) {
		double[] variance = new double[columns.size()];
		for (int m = 0; m < variance.length; m++) {
			Column c = columns.get(m);
			double meanAbsolute = 0;
			for (double v : c.values) meanAbsolute += Math.abs(v);
			meanAbsolute /= c.values.length;
			variance[m] = (c.sd / meanAbsolute) * (c.sd / meanAbsolute); // mean |x| > 0: constant columns are gone
		}
		return dropBelow(columns, variance, Math.nextDown(limit), 3,
			(c, v) -> "variance " + number(v) + " < " + number(limit) + " after scaling by the mean absolute value (relative spread sd/mean|x| = " + number(Math.sqrt(v)) + ")",
			"had a scaled variance below " + number(limit), removed);
	}

	/**
	 * Drops the columns whose score is at or below {@code limit}; if that would drop all of them, the best-scoring one
	 * stays and every removal says so.
	 */
	private static List<Column> dropBelow(List<Column> columns, double[] score, double limit, int tier, BiFunction<Column, Double, String> reason, String failure,
		List<Removal> removed) {
		List<Column> kept = new ArrayList<>();
		int best = 0;
		for (int m = 0; m < columns.size(); m++) {
			if (score[m] > limit) kept.add(columns.get(m));
			if (score[m] > score[best]) best = m;
		}
		String note = "";
		if (kept.isEmpty()) {
			kept.add(columns.get(best));
			note = "; every remaining feature " + failure + ", so the best one, " + columns.get(best).name + " (" + number(score[best]) + "), was kept";
		}
		for (int m = 0; m < columns.size(); m++)
			if (!kept.contains(columns.get(m))) removed.add(new Removal(columns.get(m).name, tier, reason.apply(columns.get(m), score[m]) + note));
		return kept;
	}

	private static String number(double v) {
		return String.format(Locale.ROOT, Math.abs(v) >= 1e-3 || v == 0 ? "%.3f" : "%.3g", v);
	}
}
