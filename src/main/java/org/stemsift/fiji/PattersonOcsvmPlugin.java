package org.stemsift.fiji;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Plot;

import java.awt.Color;
import java.io.File;
import java.io.IOException;

import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.DynamicCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.plugin.PluginService;
import org.scijava.task.TaskService;
import org.scijava.widget.FileWidget;
import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.descriptor.SegmentDescriptors;
import org.stemsift.learn.TwoClassSplit;
import org.stemsift.patterson.PattersonFiles;
import org.stemsift.patterson.PattersonOcsvm;
import org.stemsift.patterson.PattersonPlots;
import org.stemsift.patterson.PattersonResult;
import org.stemsift.patterson.PattersonSettings;
import org.stemsift.patterson.PattersonTables;
import org.stemsift.patterson.SiteType;
import org.stemsift.patterson.SpectrumPicture;

/**
 * Plugins › STEMsift › Patterson One-Class SVM…: defects (scheme 1) or domains (scheme 2) from Patterson maps of image
 * segments and a one-class SVM, without labels. One Results row per segment (x, y, decision, outlier, class, domain, filled),
 * outlier segments circled in an overlay (pixels untouched), and optionally the label image and the diagnostic plots.
 * Zero means "automatic" for the spacing, segment size, ν, γ and reflection.
 */
@Plugin(type = Command.class, menuPath = "Plugins>STEMsift>Patterson One-Class SVM...", label = "Patterson One-Class SVM", headless = true)
public class PattersonOcsvmPlugin extends DynamicCommand {

	@Parameter(label = "Image")
	ImagePlus image;

	@Parameter(label = "Scheme", choices = { "1", "2" }, description = "1: unit-cell-centred segments; 2: Bragg-filtered, fringe-centred segments (domains)")
	String scheme = "1";

	@Parameter(label = "Lattice spacing (px, 0 = automatic)", min = "0")
	double spacing = 0;

	@Parameter(label = "Segment size (px, 0 = one spacing)", min = "0")
	int side = 0;

	@Parameter(label = "Scheme 1 sites", choices = { "column", "hole" })
	String sites = "column";

	@Parameter(label = "Descriptor", initializer = "listDescriptors")
	String descriptor = "patterson";

	@Parameter(label = "Normalise segments", choices = { "automatic", "yes", "no" }, description = "automatic: yes for scheme 2, no for scheme 1")
	String normalize = "automatic";

	@Parameter(label = "PCA variance share", min = "0.01", max = "1")
	double variance = PattersonSettings.DEFAULT_VARIANCE_SHARE;

	@Parameter(label = "nu (0 = knee of D(nu))", min = "0", max = "1")
	double nu = 0;

	@Parameter(label = "gamma (0 = automatic)", min = "0")
	double gamma = 0;

	@Parameter(label = "Class split", choices = { "gmm", "kmeans" })
	String split = "gmm";

	@Parameter(label = "Domain averaging radius (segment sides, 0 = none)", min = "0")
	double domainRadius = PattersonSettings.DEFAULT_DOMAIN_RADIUS;

	@Parameter(label = "gamma robustness report")
	boolean gammaRobustness = true;

	@Parameter(label = "Scheme 2 reflection u (FFT px, 0 and 0 = automatic)")
	double reflectionU = 0;

	@Parameter(label = "Scheme 2 reflection v")
	double reflectionV = 0;

	@Parameter(label = "Scheme 1 column classes (0 = off, -1 = by BIC)", min = "-1")
	int columnClasses = 0;

	@Parameter(label = "Re-render ideal columns")
	boolean rerender = false;

	@Parameter(label = "Show label image and plots")
	boolean showImages = true;

	@Parameter(label = "Add overlay to the image")
	boolean overlay = true;

	@Parameter(label = "Save results to folder (optional)", style = FileWidget.DIRECTORY_STYLE, required = false, persist = false)
	File outputFolder;

	@Parameter(label = "Outliers found", type = ItemIO.OUTPUT)
	int outlierCount;

	@Parameter
	PluginService plugins;

	@Parameter(required = false)
	TaskService tasks;

	@Parameter(required = false)
	StatusService status;

	@Parameter(required = false)
	LogService log;

	/** Offers every SegmentDescriptor plugin the application knows. */
	protected void listDescriptors() {
		getInfo().getMutableInput("descriptor", String.class).setChoices(SegmentDescriptors.from(plugins).names());
	}

	@Override
	public void run() {
		StemsiftCommand.runReporting(this::execute, this::cancel, log);
	}

	private void execute() throws IOException {
		Image2D input = ImagePlusBridge.toImage2D(image);
		PattersonSettings settings = settings();
		try (TaskProgress progress = new TaskProgress(tasks, status, log, "Patterson one-class SVM")) {
			PattersonResult result = new PattersonOcsvm(settings, SegmentDescriptors.from(plugins).create(descriptor)).run(input, progress);
			outlierCount = result.outlierCount();
			ResultsPublisher.show(PattersonTables.sites(result), "Results");
			if (overlay) image.setOverlay(outlierOverlay(result));
			if (showImages) {
				String base = DetectAnomaliesPlugin.stripExtension(image.getTitle());
				Image2D labels = input.like(toFloat(result.labels()), base + (settings.scheme() == 1 ? " outliers" : " domains"));
				ResultsPublisher.show(labels, labels.name());
				for (Plot p : new Plot[] { PattersonPlots.nuScan(result), PattersonPlots.decisionHistogram(result), PattersonPlots.pcaVariance(result) })
					if (p != null) ResultsPublisher.show(PattersonPlots.render(p)); // headless outside batch mode, ImagePlus.show() throws
				if (result.fringes() != null) ResultsPublisher.show(SpectrumPicture.render(input, result.fringes().reflection()));
			}
			if (outputFolder != null) PattersonFiles.write(result, input, outputFolder.toPath());
			if (log != null) log.info("STEMsift: " + PattersonTables.summary(result).strip());
		}
	}

	PattersonSettings settings() {
		int s = Integer.parseInt(scheme.trim());
		PattersonSettings.Builder b = PattersonSettings.defaults(s).toBuilder().side(side).siteType(SiteType.valueOf(sites.toUpperCase())).descriptor(descriptor)
			.varianceShare(variance).split(TwoClassSplit.Method.valueOf(split.toUpperCase())).mixtureClasses(columnClasses).rerender(rerender).domainRadius(domainRadius);
		if (spacing > 0) b.spacing(spacing);
		if (nu > 0) b.nu(nu);
		if (gamma > 0) b.gamma(gamma);
		if (!gammaRobustness) b.gammaFactors(new double[0]);
		if (!"automatic".equals(normalize)) b.normalize("yes".equals(normalize));
		if (reflectionU != 0 || reflectionV != 0) b.reflection(reflectionU, reflectionV);
		return b.build();
	}

	/** A circle around every outlier segment (half the segment side), in red. */
	static Overlay outlierOverlay(PattersonResult r) {
		Overlay o = new Overlay();
		double radius = r.segmentation().side() / 2.0;
		for (int i = 0; i < r.outliers().length; i++) {
			if (!r.outliers()[i]) continue;
			double x = r.segmentation().x()[i] + 0.5, y = r.segmentation().y()[i] + 0.5;
			OvalRoi circle = new OvalRoi(x - radius, y - radius, 2 * radius, 2 * radius);
			circle.setStrokeColor(Color.RED);
			circle.setName("outlier " + i);
			o.add(circle);
		}
		return o;
	}

	private static float[] toFloat(int[] labels) {
		float[] f = new float[labels.length];
		for (int i = 0; i < f.length; i++) f[i] = labels[i];
		return f;
	}
}
