package org.stemsift.patterson;

import org.stemsift.descriptor.PattersonDescriptor;
import org.stemsift.learn.GammaSweep;
import org.stemsift.learn.NuScan;
import org.stemsift.learn.OneClassSvm;
import org.stemsift.learn.TwoClassSplit;

/**
 * Everything the Patterson one-class SVM pipeline can be told; {@link #defaults()} are the paper's choices where it
 * makes one. NaN or 0 means "work it out from the data" wherever noted.
 *
 * @param scheme 1 = unit-cell-centred segments, 2 = Bragg-filtered, fringe-centred segments
 * @param spacing lattice spacing in px for scheme one, NaN to estimate it from the autocorrelation
 * @param side segment side in px, 0 for one spacing (scheme one) or one interplanar spacing (scheme two)
 * @param siteType what scheme-one segments are centred on
 * @param separation minimum distance between scheme-one sites, in spacings
 * @param descriptor name of the {@link org.stemsift.descriptor.SegmentDescriptor} plugin
 * @param normalize bring every segment to zero mean and unit variance before describing it
 * @param varianceShare share of the variance the kept principal components must explain
 * @param whiten scale every principal component to unit variance (otherwise the scores are only divided by their
 *            common standard deviation, which keeps the components' relative weights)
 * @param nu ν of the one-class SVM, NaN for the knee of D(ν) over {@code nuGrid}
 * @param nuGrid the ν values scanned
 * @param gamma RBF γ, NaN for {@code 1 / (features x variance)} of the scaled scores
 * @param gammaFactors multiples of γ refitted for the robustness report (empty: none)
 * @param split how decision values are split into two classes
 * @param tolerance SMO stopping tolerance
 * @param reflectionU scheme two: the chosen reflection in FFT pixels from the centre, NaN for the automatic choice
 * @param maskSigma scheme two: Bragg mask width in FFT pixels, 0 for |g| / 6
 * @param minAmplitude scheme two: least fringe amplitude of a segment, relative to the median
 * @param mixtureClasses scheme one pre-step: 0 = off, -1 = classify columns with the number of classes chosen by BIC,
 *            k &gt; 0 = with k classes
 * @param rerender scheme one pre-step: segment an image of ideal Gaussians at the classified columns instead
 * @param domainRadius radius, in segment sides, over which PCA scores are averaged before the two-domain split; 0 for none
 */
public record PattersonSettings(int scheme, double spacing, int side, SiteType siteType, double separation, String descriptor, boolean normalize, double varianceShare, boolean whiten,
	double nu, double[] nuGrid, double gamma, double[] gammaFactors, TwoClassSplit.Method split, double tolerance, double reflectionU, double reflectionV,
	double maskSigma, double minAmplitude, int mixtureClasses, boolean rerender, double domainRadius) {

	public static final double DEFAULT_VARIANCE_SHARE = 0.98;
	/** Largest number of column classes tried when it is chosen by BIC. */
	public static final int MAX_MIXTURE_CLASSES = 5;

	public PattersonSettings {
		if (scheme != 1 && scheme != 2) throw new IllegalArgumentException("Scheme must be 1 (unit cells) or 2 (Bragg-filtered fringes), got " + scheme);
		if (!Double.isNaN(spacing) && !(spacing >= 2 && Double.isFinite(spacing))) throw new IllegalArgumentException("Spacing must be at least 2 px, got " + spacing);
		if (side < 0 || side == 1) throw new IllegalArgumentException("Segment size must be at least 2 px (or 0 for automatic), got " + side);
		if (!(separation > 0)) throw new IllegalArgumentException("Site separation must be positive, got " + separation);
		if (!(varianceShare > 0 && varianceShare <= 1)) throw new IllegalArgumentException("Variance share must lie in (0, 1], got " + varianceShare);
		if (!Double.isNaN(nu) && !(nu > 0 && nu <= 1)) throw new IllegalArgumentException("nu must lie in (0, 1], got " + nu);
		if (!Double.isNaN(gamma) && !(gamma > 0 && Double.isFinite(gamma))) throw new IllegalArgumentException("gamma must be a positive number, got " + gamma);
		if (nuGrid == null || nuGrid.length == 0) throw new IllegalArgumentException("The nu grid is empty");
		for (double v : nuGrid) if (!(v > 0 && v <= 1)) throw new IllegalArgumentException("Every nu of the grid must lie in (0, 1], got " + v);
		for (double f : gammaFactors) if (!(f > 0 && Double.isFinite(f))) throw new IllegalArgumentException("Gamma factors must be positive, got " + f);
		if (!(tolerance > 0)) throw new IllegalArgumentException("Tolerance must be positive, got " + tolerance);
		if (Double.isNaN(reflectionU) != Double.isNaN(reflectionV)) throw new IllegalArgumentException("Give both coordinates of the reflection, or neither");
		if (!(maskSigma >= 0)) throw new IllegalArgumentException("Bragg mask size must be >= 0, got " + maskSigma);
		if (!(domainRadius >= 0)) throw new IllegalArgumentException("Domain radius must be >= 0 segment sides, got " + domainRadius);
		if (!(minAmplitude >= 0)) throw new IllegalArgumentException("Minimum fringe amplitude must be >= 0, got " + minAmplitude);
		if (mixtureClasses < -1) throw new IllegalArgumentException("Column classes must be -1 (automatic), 0 (off) or a positive count, got " + mixtureClasses);
		if (rerender && mixtureClasses == 0) throw new IllegalArgumentException("Re-rendering needs the column classification (mixture classes -1 or > 0)");
		if (siteType == null || split == null || descriptor == null || descriptor.isBlank()) throw new IllegalArgumentException("Site type, split method and descriptor are required");
		nuGrid = nuGrid.clone();
		gammaFactors = gammaFactors.clone();
	}

	/**
	 * The defaults for a scheme: scheme two normalises its segments, because across a particle the thickness and hence the
	 * brightness change far more than the structure, and would otherwise fill the first principal components.
	 */
	/** Neighbourhood radius of the domain split, in segment sides. */
	public static final double DEFAULT_DOMAIN_RADIUS = DomainMap.DEFAULT_RADIUS;

	public static PattersonSettings defaults(int scheme) {
		return defaults().toBuilder().scheme(scheme).normalize(scheme == 2).build();
	}

	public static PattersonSettings defaults() {
		return new PattersonSettings(1, Double.NaN, 0, SiteType.COLUMN, SiteFinder.DEFAULT_SEPARATION, PattersonDescriptor.NAME, false, DEFAULT_VARIANCE_SHARE, false, Double.NaN,
			NuScan.defaultGrid(), Double.NaN, GammaSweep.DEFAULT_FACTORS, TwoClassSplit.Method.GMM, OneClassSvm.DEFAULT_TOLERANCE, Double.NaN, Double.NaN, 0,
			FringeSegmentation.DEFAULT_MIN_AMPLITUDE, 0, false, DomainMap.DEFAULT_RADIUS);
	}

	public boolean hasReflection() { return !Double.isNaN(reflectionU); }

	public Builder toBuilder() { return new Builder(this); }

	/** Changes a few settings of a copy. */
	public static final class Builder {
		private int scheme, side, mixtureClasses;
		private double spacing, separation, varianceShare, nu, gamma, tolerance, reflectionU, reflectionV, maskSigma, minAmplitude, domainRadius;
		private SiteType siteType;
		private String descriptor;
		private boolean normalize, whiten, rerender;
		private double[] nuGrid, gammaFactors;
		private TwoClassSplit.Method split;

		private Builder(PattersonSettings s) {
			scheme = s.scheme; spacing = s.spacing; side = s.side; siteType = s.siteType; separation = s.separation; descriptor = s.descriptor; normalize = s.normalize;
			varianceShare = s.varianceShare; whiten = s.whiten; nu = s.nu; nuGrid = s.nuGrid; gamma = s.gamma; gammaFactors = s.gammaFactors; split = s.split;
			tolerance = s.tolerance; reflectionU = s.reflectionU; reflectionV = s.reflectionV; maskSigma = s.maskSigma; minAmplitude = s.minAmplitude;
			mixtureClasses = s.mixtureClasses; rerender = s.rerender; domainRadius = s.domainRadius;
		}

		public Builder scheme(int v) { scheme = v; return this; }
		public Builder spacing(double v) { spacing = v; return this; }
		public Builder side(int v) { side = v; return this; }
		public Builder siteType(SiteType v) { siteType = v; return this; }
		public Builder separation(double v) { separation = v; return this; }
		public Builder descriptor(String v) { descriptor = v; return this; }
		public Builder normalize(boolean v) { normalize = v; return this; }
		public Builder varianceShare(double v) { varianceShare = v; return this; }
		public Builder whiten(boolean v) { whiten = v; return this; }
		public Builder nu(double v) { nu = v; return this; }
		public Builder nuGrid(double[] v) { nuGrid = v; return this; }
		public Builder gamma(double v) { gamma = v; return this; }
		public Builder gammaFactors(double[] v) { gammaFactors = v; return this; }
		public Builder split(TwoClassSplit.Method v) { split = v; return this; }
		public Builder tolerance(double v) { tolerance = v; return this; }
		public Builder reflection(double u, double v) { reflectionU = u; reflectionV = v; return this; }
		public Builder maskSigma(double v) { maskSigma = v; return this; }
		public Builder minAmplitude(double v) { minAmplitude = v; return this; }
		public Builder mixtureClasses(int v) { mixtureClasses = v; return this; }
		public Builder rerender(boolean v) { rerender = v; return this; }
		public Builder domainRadius(double v) { domainRadius = v; return this; }

		public PattersonSettings build() {
			return new PattersonSettings(scheme, spacing, side, siteType, separation, descriptor, normalize, varianceShare, whiten, nu, nuGrid, gamma, gammaFactors, split, tolerance,
				reflectionU, reflectionV, maskSigma, minAmplitude, mixtureClasses, rerender, domainRadius);
		}
	}
}
