package org.stemsift.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.stemsift.core.Image2D;
import org.stemsift.learn.TwoClassSplit;
import org.stemsift.patterson.PattersonFiles;
import org.stemsift.patterson.PattersonOcsvm;
import org.stemsift.patterson.PattersonResult;
import org.stemsift.patterson.PattersonSettings;
import org.stemsift.patterson.SiteType;
import org.stemsift.progress.Progress;

/** {@code "type": "patterson-ocsvm"}: Patterson maps and a one-class SVM, as {@code stemsift patterson-ocsvm}. */
final class PattersonStep extends BatchStep {

	static final String TYPE = "patterson-ocsvm";

	private final PattersonSettings settings;

	private PattersonStep(String name, JobFields f, PattersonSettings settings) {
		super(name, f.json());
		this.settings = settings;
	}

	static PattersonStep parse(String name, JobFields f) {
		int scheme = f.integer("scheme", 1);
		if (scheme != 1 && scheme != 2) throw f.error("scheme", "must be 1 (unit-cell-centred segments) or 2 (Bragg-filtered fringes), got " + scheme);
		PattersonSettings.Builder b = PattersonSettings.defaults(scheme).toBuilder().side(f.integer("side", 0))
			.siteType(SiteType.valueOf(f.choice("sites", "column", List.of("column", "hole")).toUpperCase(Locale.ROOT))).descriptor(f.string("descriptor", "patterson"))
			.varianceShare(f.number("variance", PattersonSettings.DEFAULT_VARIANCE_SHARE))
			.split(TwoClassSplit.Method.valueOf(f.choice("split", "gmm", List.of("gmm", "kmeans")).toUpperCase(Locale.ROOT))).mixtureClasses(f.integer("columnClasses", 0))
			.domainRadius(f.number("domainRadius", PattersonSettings.DEFAULT_DOMAIN_RADIUS));
		double spacing = f.number("spacing", 0), nu = f.number("nu", 0), gamma = f.number("gamma", 0);
		if (spacing > 0) b.spacing(spacing);
		if (nu > 0) b.nu(nu);
		if (gamma > 0) b.gamma(gamma);
		if (!f.bool("gammaRobustness", true)) b.gammaFactors(new double[0]);
		String normalize = f.choice("normalize", "automatic", List.of("automatic", "yes", "no"));
		if (!"automatic".equals(normalize)) b.normalize("yes".equals(normalize));
		try {
			PattersonSettings settings = b.build();
			new PattersonOcsvm(settings); // an unknown descriptor fails here, before any image is read
			return new PattersonStep(name, f, settings);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + f.location() + "': " + e.getMessage(), e);
		}
	}

	@Override
	public Outcome run(Image2D image, Path folder, Progress progress) throws IOException {
		PattersonResult result = new PattersonOcsvm(settings).run(image, progress);
		PattersonFiles.write(result, image, folder);
		return new Outcome(result.outlierCount(), "outliers");
	}
}
