package org.stemsift.patterson;

import java.util.List;

import org.stemsift.evaluate.BinaryMetrics;
import org.stemsift.synth.ColumnSite;
import org.stemsift.synth.DefectRequest;
import org.stemsift.synth.LatticeGenerator;
import org.stemsift.synth.LatticeSettings;
import org.stemsift.synth.LatticeType;
import org.stemsift.synth.SyntheticLattice;

/** Synthetic lattices with planted defects and the per-site scoring of a result against their ground truth. */
final class Synthetic {

	private Synthetic() {}

	/**
	 * {@code perKind} vacancies, dark (x0.5) and bright (x1.6) substitutions and displacements by a quarter spacing, on
	 * the brightest sublattice (the columns scheme one centres its unit cells on), rotated by 7 degrees, 100 counts per
	 * column peak.
	 */
	static SyntheticLattice lattice(LatticeType type, int size, double spacing, int perKind, long seed) {
		LatticeSettings s = LatticeSettings.builder(type).size(size, size).spacing(spacing).rotationDegrees(7).dose(100)
			.defect(DefectRequest.vacancies(perKind).onSublattice(0)).defect(DefectRequest.substitutions(perKind, 0.5).onSublattice(0))
			.defect(DefectRequest.substitutions(perKind, 1.6).onSublattice(0)).defect(DefectRequest.displacements(perKind, 0.25).onSublattice(0)).seed(seed).build();
		return LatticeGenerator.generate(s);
	}

	/**
	 * Per-site truth of every segment: defective when the nearest ground-truth site (within 0.4 spacings of the segment
	 * centre) is defective; for a displaced column the site is the one it left.
	 */
	static boolean[] truth(SyntheticLattice lattice, Segmentation s) {
		List<ColumnSite> sites = lattice.sites();
		boolean[] truth = new boolean[s.count()];
		for (int i = 0; i < s.count(); i++) {
			double best = 0.4 * lattice.spacing();
			for (ColumnSite site : sites) {
				double d = Math.hypot(site.x() - s.x()[i], site.y() - s.y()[i]);
				if (d < best) { best = d; truth[i] = site.isDefective(); }
			}
		}
		return truth;
	}

	static BinaryMetrics score(SyntheticLattice lattice, PattersonResult r) {
		return BinaryMetrics.of(truth(lattice, r.segmentation()), r.outliers());
	}

	static String confusion(BinaryMetrics m) {
		return String.format("                 called defect   called intact%n  defective        %6d          %6d%n  intact           %6d          %6d%n  balanced accuracy %.1f %%",
			m.truePositives(), m.falseNegatives(), m.falsePositives(), m.trueNegatives(), 100 * m.balancedAccuracy());
	}
}
