package org.stemsift.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that defines a synthetic HAADF-STEM image, so that an image can be re-created exactly from its settings
 * (same settings and seed, same pixels). Build with {@link #builder(LatticeType)}; the defaults give a 512² perovskite
 * image with 20 px spacing and moderate noise.
 * <p>
 * Image model, in expected detector counts: {@code dose * (background + sum of columns)}, each column a Gaussian of
 * width {@code columnSigma} with peak {@code columnIntensity} (A sites) or {@code columnIntensity * sublatticeRatio}
 * (B sites), then Poisson noise. Pixel centres are at integer coordinates and +y points down.
 *
 * @param spacing lattice constant in px: the length of both primitive vectors (the A-A distance)
 * @param rotationDegrees counter-clockwise rotation of a1 from the +x axis as seen on screen
 * @param originX position of the A site of cell (0, 0); NaN means the image centre
 * @param dose expected counts per unit intensity (the image is in counts)
 * @param scanJitter standard deviation in px of a random horizontal shift per scan line; 0 switches scan noise off
 * @param minDefectSeparation minimum distance between planted defects, in spacings
 * @param borderMargin minimum distance of planted defects from the image border, in spacings
 */
public record LatticeSettings(LatticeType lattice, int width, int height, double spacing, double rotationDegrees, double columnSigma,
	double originX, double originY, double columnIntensity, double sublatticeRatio, double background, double dose,
	boolean poissonNoise, double scanJitter, List<DefectRequest> defects, double minDefectSeparation, double borderMargin, long seed) {

	public LatticeSettings {
		if (lattice == null) throw new IllegalArgumentException("Choose a lattice type");
		if (width < 8 || height < 8) throw new IllegalArgumentException("Synthetic images must be at least 8 x 8 pixels, got " + width + " x " + height);
		requirePositive("Lattice spacing", spacing);
		requirePositive("Column sigma", columnSigma);
		requireFinite("Rotation", rotationDegrees);
		requireNonNegative("Column intensity", columnIntensity);
		requireNonNegative("Sublattice intensity ratio", sublatticeRatio);
		requireNonNegative("Background", background);
		requirePositive("Dose", dose);
		requireNonNegative("Scan jitter", scanJitter);
		requireNonNegative("Defect separation", minDefectSeparation);
		requireNonNegative("Border margin", borderMargin);
		if (!Double.isNaN(originX) && !Double.isFinite(originX) || !Double.isNaN(originY) && !Double.isFinite(originY))
			throw new IllegalArgumentException("Lattice origin must be finite (or NaN for the image centre)");
		defects = defects == null ? List.of() : List.copyOf(defects);
	}

	private static void requirePositive(String what, double v) {
		if (!(v > 0) || !Double.isFinite(v)) throw new IllegalArgumentException(what + " must be a positive number, got " + v);
	}

	private static void requireNonNegative(String what, double v) {
		if (!(v >= 0) || !Double.isFinite(v)) throw new IllegalArgumentException(what + " must be a finite number >= 0, got " + v);
	}

	private static void requireFinite(String what, double v) {
		if (!Double.isFinite(v)) throw new IllegalArgumentException(what + " must be finite, got " + v);
	}

	public static Builder builder(LatticeType lattice) {
		return new Builder(lattice);
	}

	/** A builder preset to these settings (the column sigma is kept, also if the spacing is then changed). */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/** The lattice origin actually used (the image centre when not set). */
	public double resolvedOriginX() { return Double.isNaN(originX) ? (width - 1) / 2.0 : originX; }

	public double resolvedOriginY() { return Double.isNaN(originY) ? (height - 1) / 2.0 : originY; }

	public LatticeSettings withSeed(long newSeed) { return toBuilder().seed(newSeed).build(); }

	public LatticeSettings withoutDefects() { return toBuilder().clearDefects().build(); }

	public LatticeSettings withoutNoise() { return toBuilder().poissonNoise(false).build(); }

	/** Fluent construction with sensible defaults; every setter returns this builder. */
	public static final class Builder {
		private LatticeType lattice;
		private int width = 512, height = 512;
		private double spacing = 20;
		private double rotationDegrees = 0;
		private double columnSigma = Double.NaN;
		private double originX = Double.NaN, originY = Double.NaN;
		private double columnIntensity = 1;
		private double sublatticeRatio = 0.5;
		private double background = 0.1;
		private double dose = 100;
		private boolean poissonNoise = true;
		private double scanJitter = 0;
		private final List<DefectRequest> defects = new ArrayList<>();
		private double minDefectSeparation = 2;
		private double borderMargin = 1;
		private long seed = 1;

		private Builder(LatticeType lattice) {
			this.lattice = lattice;
		}

		private Builder(LatticeSettings s) {
			lattice = s.lattice; width = s.width; height = s.height; spacing = s.spacing; rotationDegrees = s.rotationDegrees;
			columnSigma = s.columnSigma; originX = s.originX; originY = s.originY; columnIntensity = s.columnIntensity;
			sublatticeRatio = s.sublatticeRatio; background = s.background; dose = s.dose; poissonNoise = s.poissonNoise;
			scanJitter = s.scanJitter; defects.addAll(s.defects); minDefectSeparation = s.minDefectSeparation;
			borderMargin = s.borderMargin; seed = s.seed;
		}

		public Builder lattice(LatticeType t) { lattice = t; return this; }

		public Builder size(int w, int h) { width = w; height = h; return this; }

		/** Lattice constant in px; unless set explicitly, the column sigma follows as spacing / 8. */
		public Builder spacing(double px) { spacing = px; return this; }

		public Builder rotationDegrees(double degrees) { rotationDegrees = degrees; return this; }

		public Builder columnSigma(double px) { columnSigma = px; return this; }

		public Builder origin(double x, double y) { originX = x; originY = y; return this; }

		public Builder columnIntensity(double peak) { columnIntensity = peak; return this; }

		/** Peak intensity of B columns relative to A columns. */
		public Builder sublatticeRatio(double ratio) { sublatticeRatio = ratio; return this; }

		public Builder background(double level) { background = level; return this; }

		public Builder dose(double countsPerUnitIntensity) { dose = countsPerUnitIntensity; return this; }

		public Builder poissonNoise(boolean on) { poissonNoise = on; return this; }

		public Builder scanJitter(double px) { scanJitter = px; return this; }

		public Builder defect(DefectRequest request) { defects.add(request); return this; }

		public Builder vacancies(int count) { return defect(DefectRequest.vacancies(count)); }

		public Builder substitutions(int count, double factor) { return defect(DefectRequest.substitutions(count, factor)); }

		public Builder displacements(int count, double shiftInSpacings) { return defect(DefectRequest.displacements(count, shiftInSpacings)); }

		public Builder interstitials(int count, double relativeIntensity) { return defect(DefectRequest.interstitials(count, relativeIntensity)); }

		public Builder clearDefects() { defects.clear(); return this; }

		public Builder minDefectSeparation(double spacings) { minDefectSeparation = spacings; return this; }

		public Builder borderMargin(double spacings) { borderMargin = spacings; return this; }

		public Builder seed(long s) { seed = s; return this; }

		public LatticeSettings build() {
			double sigma = Double.isNaN(columnSigma) ? spacing / 8 : columnSigma;
			return new LatticeSettings(lattice, width, height, spacing, rotationDegrees, sigma, originX, originY, columnIntensity, sublatticeRatio,
				background, dose, poissonNoise, scanJitter, defects, minDefectSeparation, borderMargin, seed);
		}
	}
}
