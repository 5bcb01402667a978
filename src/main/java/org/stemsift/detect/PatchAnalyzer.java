package org.stemsift.detect;

import org.stemsift.core.PatchStack;
import org.stemsift.model.Blur;
import org.stemsift.model.CvaeModel;
import org.stemsift.model.Preprocessing;
import org.stemsift.progress.Progress;

/**
 * Runs patches through the CVAE the way it was trained (same blur, each patch scaled to its maximum) and derives,
 * per patch, the bulk-like reconstruction, the difference and filtered difference images, and the ANM score.
 * Patches larger than the network input are not accepted here: cut them first or use whole-image detection.
 */
public final class PatchAnalyzer {

	/** Window of the ANM average: about one atomic column in the seed work's 64 px patches. */
	public static final int DEFAULT_ANM_WINDOW = 6;
	private static final int CHUNK = 256;

	private final CvaeModel model;
	private final DifferenceFilter filter;
	private final int anmWindow;

	public PatchAnalyzer(CvaeModel model, DifferenceFilter filter, int anmWindow) {
		if (anmWindow < 1) throw new IllegalArgumentException("The ANM window must be at least 1 px, got " + anmWindow);
		this.model = model;
		this.filter = filter;
		this.anmWindow = anmWindow;
	}

	/** Per-patch images (flat, n × patch² each, in units of the patch maximum) and scores. */
	public record Analysis(PatchStack patches, float[] input, float[] reconstruction, float[] difference, float[] filtered, PatchScore[] scores) {}

	/** Scores only, for large sets: memory stays at one chunk of patches. */
	public PatchScore[] score(PatchStack patches, Progress progress) {
		return run(patches, progress, false).scores();
	}

	public Analysis analyse(PatchStack patches, Progress progress) {
		return run(patches, progress, true);
	}

	/** Scores already preprocessed patches (blurred and scaled to [0, 1]), e.g. the validation crops of training. */
	public PatchScore[] scorePreprocessed(float[] input, int n) {
		return scoreDifferences(subtract(input, model.reconstruct(input, n)), n);
	}

	/** Scores patches from their difference images (input − reconstruction, n × patch² values). */
	public PatchScore[] scoreDifferences(float[] difference, int n) {
		int side = model.patchSize();
		PatchScore[] scores = new PatchScore[n];
		for (int i = 0; i < n; i++) scores[i] = scoreOne(difference, null, i, side);
		return scores;
	}

	private Analysis run(PatchStack patches, Progress progress, boolean keepImages) {
		Progress p = progress == null ? Progress.NONE : progress;
		int side = model.patchSize();
		if (patches.width() != side || patches.height() != side)
			throw new IllegalArgumentException("The patches are " + patches.width() + "x" + patches.height() + " px but the model was trained on " + side + "x" + side
				+ " patches: use patches of the model's size, or train a model with patch size " + patches.width());
		int n = patches.count(), pp = side * side;
		float[] input = keepImages ? new float[n * pp] : null;
		float[] recon = keepImages ? new float[n * pp] : null;
		float[] diff = keepImages ? new float[n * pp] : null;
		float[] filtered = keepImages ? new float[n * pp] : null;
		PatchScore[] scores = new PatchScore[n];
		for (int start = 0; start < n; start += CHUNK) {
			p.checkCancelled();
			int count = Math.min(CHUNK, n - start);
			float[] chunk = new float[count * pp];
			System.arraycopy(patches.data(), start * pp, chunk, 0, chunk.length);
			PatchStack part = new PatchStack(count, side, side, chunk);
			float[] x = Blur.patches(part, model.preprocessing().blurSigma()).data().clone();
			Preprocessing.scaleToMax(x, pp);
			float[] r = model.reconstruct(x, count);
			float[] d = subtract(x, r);
			float[] f = new float[d.length];
			for (int i = 0; i < count; i++) {
				scores[start + i] = scoreOne(d, f, i, side);
			}
			if (keepImages) {
				System.arraycopy(x, 0, input, start * pp, x.length);
				System.arraycopy(r, 0, recon, start * pp, r.length);
				System.arraycopy(d, 0, diff, start * pp, d.length);
				System.arraycopy(f, 0, filtered, start * pp, f.length);
			}
			p.update("Scoring patches", start + count, n);
		}
		return new Analysis(patches, input, recon, diff, filtered, scores);
	}

	/** Filters patch i of the difference batch (writing it to filteredOut when given) and scores it. */
	private PatchScore scoreOne(float[] difference, float[] filteredOut, int i, int side) {
		int pp = side * side;
		float[] one = new float[pp];
		System.arraycopy(difference, i * pp, one, 0, pp);
		float[] f = filter.apply(one, side, side);
		if (filteredOut != null) System.arraycopy(f, 0, filteredOut, i * pp, pp);
		return PatchScore.of(f, 0, side, side, anmWindow);
	}

	static float[] subtract(float[] a, float[] b) {
		float[] d = new float[a.length];
		for (int i = 0; i < d.length; i++) d[i] = a[i] - b[i];
		return d;
	}
}
