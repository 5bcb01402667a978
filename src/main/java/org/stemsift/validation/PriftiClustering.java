package org.stemsift.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stemsift.cluster.ClusterFiles;
import org.stemsift.cluster.ClusterPipeline;
import org.stemsift.cluster.ClusterResult;
import org.stemsift.cluster.KMeansScan;
import org.stemsift.core.PatchStack;
import org.stemsift.evaluate.ClusterAgreement;
import org.stemsift.io.ImageFiles;
import org.stemsift.learn.GaussianMixture;
import org.stemsift.learn.Pca;
import org.stemsift.learn.Silhouette;
import org.stemsift.learn.Standardizer;
import org.stemsift.model.CvaeModel;
import org.stemsift.progress.Progress;

/**
 * Clustering validation on the SrTiO3 data of Prifti et al.: the bulk test set and its six defect versions are seven
 * labelled groups of 1,000 patches. All 7,000 are clustered together without labels, and the partition is compared
 * with the true groups (adjusted Rand index, normalised mutual information), beside the baseline of the same k-means
 * on PCA scores of the raw pixels.
 */
public final class PriftiClustering {

	/** The seven groups in label order. */
	public static List<String> groups() {
		List<String> g = new ArrayList<>(List.of("bulk"));
		for (PriftiValidation.DefectSet s : PriftiValidation.DefectSet.values()) g.add(s.label);
		return g;
	}

	/** Agreement of one partition with the truth. */
	public record Score(String pipeline, int k, String how, double ari, double nmi, double meanSilhouette) {
		public String row() {
			return String.format(Locale.ROOT, "| %s | %d (%s) | %.3f | %.3f | %.3f |", pipeline, k, how, ari, nmi, meanSilhouette);
		}
	}

	/** All patches with their true group. */
	public record Data(PatchStack patches, int[] truth) {}

	private PriftiClustering() {}

	/** Reads the seven sets into one stack, patches named {@code set/index}. */
	public static Data read(Path folder) throws IOException {
		List<String> files = new ArrayList<>(List.of(PriftiValidation.BULK_TEST_SET));
		for (PriftiValidation.DefectSet s : PriftiValidation.DefectSet.values()) files.add(s.patchFile());
		List<PatchStack> stacks = new ArrayList<>();
		for (String f : files) {
			Path p = folder.resolve(f);
			if (!Files.isRegularFile(p)) throw new NoSuchFileException(p.toString(), null, "the Prifti et al. data set is incomplete: expected " + f + " in " + folder);
			stacks.add(ImageFiles.readPatches(p));
		}
		int side = stacks.get(0).width(), pp = side * stacks.get(0).height(), n = stacks.stream().mapToInt(PatchStack::count).sum();
		float[] data = new float[n * pp];
		String[] names = new String[n];
		int[] truth = new int[n];
		List<String> groups = groups();
		for (int g = 0, at = 0; g < stacks.size(); g++) {
			PatchStack s = stacks.get(g);
			System.arraycopy(s.data(), 0, data, at * pp, s.count() * pp);
			for (int i = 0; i < s.count(); i++, at++) {
				names[at] = groups.get(g) + "/" + i;
				truth[at] = g;
			}
		}
		return new Data(new PatchStack(n, side, stacks.get(0).height(), data, names), truth);
	}

	/**
	 * The CVAE pipeline with K by silhouette, then the same features at K = 7 (the true number of groups), and the
	 * Gaussian mixture with K by BIC when the settings ask for it; the files of both k-means runs go to {@code out/k-scan} and {@code out/k7} when {@code out} is given.
	 */
	public static List<Score> cvaePipeline(Data data, ClusterPipeline pipeline, CvaeModel model, Path out, Progress progress) throws IOException {
		ClusterResult scanned = pipeline.run(data.patches(), model, progress);
		ClusterResult seven = new ClusterPipeline(pipeline.settings().withK(pipeline.settings().kMax(), groups().size())).cluster(data.patches(), scanned.features(), progress);
		if (out != null) {
			ClusterFiles.write(scanned, out.resolve("k-scan"));
			ClusterFiles.write(seven, out.resolve("k7"));
		}
		List<Score> scores = new ArrayList<>(List.of(score("CVAE features + PCA + k-means", scanned.clustering(), "silhouette", data.truth()),
			score("CVAE features + PCA + k-means", seven.clustering(), "true number", data.truth())));
		GaussianMixture mixture = scanned.mixture();
		if (mixture != null) {
			int[] labels = mixture.labels();
			double silhouette = mixture.components() > 1 ? Silhouette.mean(scanned.scores(), labels) : Double.NaN;
			scores.add(new Score("CVAE features + PCA + Gaussian mixture", mixture.components(), "BIC", ClusterAgreement.adjustedRandIndex(data.truth(), labels),
				ClusterAgreement.normalizedMutualInformation(data.truth(), labels), silhouette));
		}
		return scores;
	}

	/** Raw pixels (each patch scaled to its maximum) → standardise → PCA for the same variance share → the same k-means. */
	public static List<Score> rawPixelBaseline(Data data, ClusterPipeline pipeline, Progress progress) {
		var s = pipeline.settings();
		PatchStack p = data.patches();
		int pp = p.patchSize();
		double[][] x = new double[p.count()][pp];
		for (int i = 0; i < p.count(); i++) {
			float max = 0;
			for (int j = 0; j < pp; j++) max = Math.max(max, p.data()[i * pp + j]);
			for (int j = 0; j < pp; j++) x[i][j] = max > 0 ? p.data()[i * pp + j] / max : 0;
		}
		double[][] standardised = Standardizer.fit(x).transform(x);
		Pca pca = Pca.fit(standardised);
		double[][] scores = pca.transform(standardised, pca.componentsFor(s.varianceShare()));
		KMeansScan.Outcome scanned = KMeansScan.run(scores, 2, s.kMax(), s.restarts(), s.seed(), progress);
		KMeansScan.Outcome seven = KMeansScan.run(scores, groups().size(), groups().size(), s.restarts(), s.seed(), progress);
		String name = "raw pixels + PCA (" + scores[0].length + " components) + k-means";
		return List.of(score(name, scanned, "silhouette", data.truth()), score(name, seven, "true number", data.truth()));
	}

	static Score score(String pipeline, KMeansScan.Outcome o, String how, int[] truth) {
		return new Score(pipeline, o.k(), how, ClusterAgreement.adjustedRandIndex(truth, o.labels()), ClusterAgreement.normalizedMutualInformation(truth, o.labels()),
			o.meanSilhouette());
	}

	/** Markdown table of the scores. */
	public static String table(List<Score> scores) {
		StringBuilder s = new StringBuilder("| pipeline | K | ARI | NMI | mean silhouette |\n|---|---|---|---|---|\n");
		for (Score sc : scores) s.append(sc.row()).append('\n');
		return s.toString();
	}
}
