package org.stemsift.patterson;

import java.util.List;

import org.stemsift.learn.GammaSweep;
import org.stemsift.learn.NuScan;
import org.stemsift.report.Table;

/** The result tables, the same for the CSV files and the Fiji Results tables. */
public final class PattersonTables {

	private PattersonTables() {}

	/**
	 * One row per segment: centre x, y in pixels of the input image, decision value, outlier (1/0), class (0/1 from the
	 * split of the decision values), domain (0/1, 0 the larger, from the neighbourhood-averaged PCA scores) and filled (1 when a scheme-one site was filled in from the lattice).
	 */
	public static Table sites(PattersonResult r) {
		Table t = new Table("x", "y", "decision", "outlier", "class", "domain", "filled");
		Segmentation s = r.segmentation();
		for (int i = 0; i < s.count(); i++)
			t.add(round(s.x()[i]), round(s.y()[i]), r.decision()[i], r.outliers()[i] ? 1 : 0, r.classes()[i], r.domains()[i], s.filled() != null && s.filled()[i] ? 1 : 0);
		return t;
	}

	/** The ν scan: ν, D(ν), outliers, and 1 in the row of the knee. */
	public static Table nuScan(NuScan.Result scan) {
		Table t = new Table("nu", "D", "outliers", "knee");
		int[] counts = scan.outlierCounts();
		for (int k = 0; k < scan.nu().length; k++) t.add(scan.nu()[k], scan.separation()[k], counts[k], k == scan.knee() ? 1 : 0);
		return t;
	}

	/** The γ robustness report. */
	public static Table gammaSweep(List<GammaSweep.Point> points) {
		Table t = new Table("factor", "gamma", "outliers", "common", "jaccard");
		for (GammaSweep.Point p : points) t.add(p.factor(), p.gamma(), p.outliers(), p.common(), p.jaccard());
		return t;
	}

	/** Explained variance per principal component (at most the first 100). */
	public static Table pcaVariance(PattersonResult r) {
		Table t = new Table("component", "ratio", "cumulative", "kept");
		double cumulative = 0;
		for (int k = 0; k < Math.min(100, r.explainedVarianceRatio().length); k++) {
			cumulative += r.explainedVarianceRatio()[k];
			t.add(k + 1, r.explainedVarianceRatio()[k], cumulative, k < r.components() ? 1 : 0);
		}
		return t;
	}

	/** A few lines saying what was found. */
	public static String summary(PattersonResult r) {
		StringBuilder s = new StringBuilder();
		Segmentation seg = r.segmentation();
		if (r.lattice() != null) s.append(String.format("scheme 1: lattice spacing %.2f px, %d segments of %d px (%d sites filled in from the lattice)%n", r.lattice().spacing(),
			seg.count(), seg.side(), count(seg.filled())));
		else s.append(String.format("scheme 2: reflection (%.1f, %.1f), interplanar spacing %.2f px, fringe angle %.1f deg, %d segments of %d px%n", r.fringes().reflection().u(),
			r.fringes().reflection().v(), r.fringes().reflection().spacing(), Math.toDegrees(r.fringes().reflection().angle()), seg.count(), seg.side()));
		if (r.columns() != null) s.append(String.format("columns: %d classified into %d classes by integrated intensity%n", r.columns().x().length, r.columns().mixture().components()));
		double cumulative = 0;
		for (int k = 0; k < r.components(); k++) cumulative += r.explainedVarianceRatio()[k];
		s.append(String.format("descriptor %s: %d features, %d principal components explain %.1f %% of the variance%n", r.settings().descriptor(), r.featureCount(), r.components(),
			100 * cumulative));
		s.append(String.format("one-class SVM: nu %.3f%s, gamma %.4g: %d outliers of %d segments%n", r.nu(), r.scan() == null ? " (given)" : " (knee of D(nu))", r.gamma(),
			r.outlierCount(), seg.count()));
		if (!r.gammaSweep().isEmpty()) {
			s.append("gamma robustness (factor: outliers, Jaccard vs the chosen gamma):");
			for (GammaSweep.Point p : r.gammaSweep()) s.append(String.format(" %.2gx: %d, %.2f;", p.factor(), p.outliers(), p.jaccard()));
			s.append(System.lineSeparator());
		}
		return s.toString();
	}

	private static int count(boolean[] b) {
		int n = 0;
		if (b != null) for (boolean v : b) if (v) n++;
		return n;
	}

	private static double round(double v) {
		return Math.round(v * 1000) / 1000.0;
	}
}
