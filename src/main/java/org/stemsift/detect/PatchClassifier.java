package org.stemsift.detect;

import org.stemsift.core.PatchStack;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.ModelDescription;
import org.stemsift.progress.Progress;

/**
 * Classifies patches as bulk or defect by the ANM band of Prifti et al. The band comes from a bulk patch set when one
 * is given, else from the statistics stored in the model at training time.
 */
public final class PatchClassifier {

	public record Classification(String name, PatchScore score, boolean defect) {}

	private final CvaeModel model;
	private final PatchAnalyzer analyzer;
	private final double k;

	public PatchClassifier(CvaeModel model, DifferenceFilter filter, int anmWindow, double k) {
		this.model = model;
		this.analyzer = new PatchAnalyzer(model, filter, anmWindow);
		this.k = k;
	}

	public BulkBand bandFrom(PatchStack bulk, Progress progress) {
		return BulkBand.of(analyzer.score(bulk, progress), k);
	}

	/** The band stored in the model; refuses a model trained before bulk statistics were recorded. */
	public BulkBand bandFromModel() {
		ModelDescription.BulkStatistics b = model.description().bulkStatistics();
		if (b == null) throw new IllegalArgumentException("The model has no bulk statistics: give a set of bulk patches to define the decision band");
		return new BulkBand(b.anmMean(), b.anmStd(), k);
	}

	public Classification[] classify(PatchStack patches, BulkBand band, Progress progress) {
		PatchScore[] scores = analyzer.score(patches, progress);
		Classification[] out = new Classification[scores.length];
		for (int i = 0; i < scores.length; i++) out[i] = new Classification(patches.name(i), scores[i], band.isDefect(scores[i].anm()));
		return out;
	}
}
