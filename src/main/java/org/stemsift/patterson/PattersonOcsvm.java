package org.stemsift.patterson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stemsift.core.Image2D;
import org.stemsift.core.lattice.LatticeEstimate;
import org.stemsift.core.lattice.LatticeSpacing;
import org.stemsift.core.lattice.Vector2;
import org.stemsift.descriptor.Descriptors;
import org.stemsift.descriptor.SegmentDescriptor;
import org.stemsift.descriptor.SegmentDescriptors;
import org.stemsift.learn.GammaSweep;
import org.stemsift.learn.KernelRows;
import org.stemsift.learn.Matrices;
import org.stemsift.learn.NuScan;
import org.stemsift.learn.OneClassSvm;
import org.stemsift.learn.Pca;
import org.stemsift.learn.RbfKernel;
import org.stemsift.learn.Standardizer;
import org.stemsift.learn.TwoClassSplit;
import org.stemsift.progress.Progress;

/**
 * Defect detection by one-class outlier detection on translation-invariant segment descriptors (Guo, Kalinin et al.,
 * npj Comput Mater 7, 180, 2021), without labels: segment the image (scheme one or two), describe every segment
 * (Patterson map by default), keep the principal components that explain the chosen share of the variance, and fit a
 * ν one-class SVM whose ν sits at the knee of D(ν). Segments with a negative decision value are the defects; the
 * decision values are also split into two classes, and the PCA scores into two domains (the label image of scheme two).
 * <p>
 * The scores are divided by their common standard deviation before the SVM (γ's default, 1 / (features x variance),
 * is then 1 / features); whitening each component is optional, because it would give the noise-dominated last
 * components as much say as the first.
 */
public final class PattersonOcsvm {

	private final PattersonSettings settings;
	private final SegmentDescriptor descriptor;

	public PattersonOcsvm(PattersonSettings settings, SegmentDescriptor descriptor) {
		this.settings = settings;
		this.descriptor = descriptor;
	}

	/** With the descriptor named in the settings, found without a SciJava context. */
	public PattersonOcsvm(PattersonSettings settings) {
		this(settings, SegmentDescriptors.discover().create(settings.descriptor()));
	}

	/**
	 * @throws IllegalArgumentException for NaN pixels, no periodicity, segments larger than the image or too few segments
	 *             for the ν scan, with a message saying which
	 */
	public PattersonResult run(Image2D image, Progress progress) {
		image.requireFinite();
		Map<String, Double> seconds = new LinkedHashMap<>();
		long t = System.nanoTime();
		progress.update("Segmenting", 0, 1);
		LatticeEstimate lattice = null;
		FringeSegmentation.Fringes fringes = null;
		ColumnClasses columns = null;
		Segmentation seg;
		if (settings.scheme() == 1) {
			lattice = lattice(image);
			Image2D source = image;
			if (settings.mixtureClasses() != 0) {
				columns = ColumnClasses.classify(image, lattice.spacing(), settings.mixtureClasses(), PattersonSettings.MAX_MIXTURE_CLASSES);
				if (settings.rerender()) source = columns.render(image);
			}
			seg = UnitCellSegmentation.segment(source, lattice, settings.siteType(), settings.separation(), settings.side());
		} else {
			Reflection given = settings.hasReflection() ? new Reflection(settings.reflectionU(), settings.reflectionV(), image.width(), image.height(), Double.NaN) : null;
			fringes = FringeSegmentation.segment(image, given, settings.maskSigma(), settings.side(), settings.minAmplitude());
			seg = fringes.segmentation();
		}
		double smallestNu = Double.isNaN(settings.nu()) ? min(settings.nuGrid()) : settings.nu();
		if (seg.count() < NuScan.minimumSamples(smallestNu))
			throw new IllegalArgumentException("Too few segments for a nu scan: found " + seg.count() + " segments of " + seg.side() + " px, need at least "
				+ NuScan.minimumSamples(smallestNu) + " (nu x segments >= 1). Use a larger image, smaller segments, or a larger nu.");
		t = lap(seconds, "segmentation", t);

		progress.checkCancelled();
		progress.update("Describing " + seg.count() + " segments", 0, 1);
		double[][] features = Descriptors.describeAll(descriptor, seg.segments(), settings.normalize(), progress);
		t = lap(seconds, "descriptor", t);

		progress.update("PCA", 0, 1);
		Pca pca = Pca.fit(features);
		int k = pca.componentsFor(settings.varianceShare());
		double[][] x = scale(pca.transform(features, k));
		t = lap(seconds, "pca", t);

		double gamma = Double.isNaN(settings.gamma()) ? OneClassSvm.scaleGamma(x) : settings.gamma();
		KernelRows rows = KernelRows.of(new RbfKernel(x, gamma));
		NuScan.Result scan = null;
		OneClassSvm.Model model;
		if (Double.isNaN(settings.nu())) {
			scan = NuScan.scan(rows, settings.nuGrid(), settings.tolerance(), progress);
			model = scan.kneeModel();
		} else {
			model = OneClassSvm.fit(rows, settings.nu(), settings.tolerance(), progress);
		}
		rows = null; // the kernel matrix can be large; let it go before the gamma sweep builds its own
		t = lap(seconds, "ocsvm", t);

		boolean[] outliers = model.trainingOutliers();
		List<GammaSweep.Point> sweep = GammaSweep.sweep(x, model.nu(), gamma, settings.gammaFactors(), outliers, settings.tolerance(), progress);
		t = lap(seconds, "gamma sweep", t);

		int[] classes = TwoClassSplit.split(model.trainingDecision(), settings.split());
		int[] domains = DomainMap.domains(seg, x, settings.domainRadius());
		int[] labels = LabelPainter.paint(seg, settings.scheme() == 1 ? outlierLabels(outliers) : plusOne(domains), image.width(), image.height());
		lap(seconds, "labels", t);
		progress.update("Done", 1, 1);
		return new PattersonResult(settings, seg, lattice, fringes, columns, features[0].length, pca.explainedVarianceRatio(), k, gamma, model.nu(), scan,
			x, model.trainingDecision(), outliers, classes, domains, sweep, labels, image.width(), image.height(), seconds);
	}

	private LatticeEstimate lattice(Image2D image) {
		LatticeEstimate estimate = LatticeSpacing.estimateDefault(image);
		if (Double.isNaN(settings.spacing())) return estimate;
		// a given spacing rescales the measured lattice vectors (their directions are still needed to fill gaps)
		double f = settings.spacing() / estimate.spacing();
		Vector2 a2 = estimate.a2() == null ? null : estimate.a2().times(f);
		return new LatticeEstimate(settings.spacing(), estimate.a1().times(f), a2, estimate.peakHeight());
	}

	/** Divides by the common standard deviation, or standardises each component when whitening. */
	private double[][] scale(double[][] scores) {
		if (settings.whiten()) return Standardizer.fit(scores).transform(scores);
		double sd = Math.sqrt(Matrices.varianceOfAll(scores));
		if (!(sd > 0)) return scores;
		double[][] out = new double[scores.length][];
		for (int i = 0; i < scores.length; i++) {
			out[i] = scores[i].clone();
			for (int j = 0; j < out[i].length; j++) out[i][j] /= sd;
		}
		return out;
	}

	private static int[] outlierLabels(boolean[] outliers) {
		int[] labels = new int[outliers.length];
		int next = 1;
		for (int i = 0; i < outliers.length; i++) if (outliers[i]) labels[i] = next++;
		return labels;
	}

	private static int[] plusOne(int[] classes) {
		int[] out = new int[classes.length];
		for (int i = 0; i < out.length; i++) out[i] = classes[i] + 1;
		return out;
	}

	private static double min(double[] v) {
		double m = Double.POSITIVE_INFINITY;
		for (double x : v) m = Math.min(m, x);
		return m;
	}

	private static long lap(Map<String, Double> seconds, String stage, long since) {
		long now = System.nanoTime();
		seconds.merge(stage, (now - since) / 1e9, Double::sum);
		return now;
	}
}
