package org.stemsift.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.stemsift.core.Image2D;
import org.stemsift.io.ImageFiles;
import org.stemsift.learn.NuScan;
import org.stemsift.learn.TwoClassSplit;
import org.stemsift.patterson.PattersonFiles;
import org.stemsift.patterson.PattersonOcsvm;
import org.stemsift.patterson.PattersonResult;
import org.stemsift.patterson.PattersonSettings;
import org.stemsift.patterson.PattersonTables;
import org.stemsift.patterson.SiteType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "patterson-ocsvm", mixinStandardHelpOptions = true,
	description = { "Find defects (scheme 1) or domains (scheme 2) with Patterson maps of image segments and a one-class SVM, without labels.",
		"Writes sites.csv (x,y,decision,outlier,class,domain,filled; pixel coordinates), labels.tif, nu_scan.csv/.png, decision_histogram.png,",
		"pca_variance.csv/.png, gamma_sweep.csv and overview.png into the output folder." })
final class PattersonOcsvmCommand implements Callable<Integer> {

	@Option(names = { "--image", "-i" }, required = true, description = "Image to analyse")
	Path image;

	@Option(names = { "--out", "-o" }, required = true, description = "Output folder (created if missing)")
	Path out;

	@Option(names = "--scheme", defaultValue = "1", description = "1 = unit-cell-centred segments, 2 = Bragg-filtered fringe-centred segments (default: ${DEFAULT-VALUE})")
	int scheme;

	@Option(names = "--spacing", description = "Lattice spacing in px (scheme 1; default: measured from the autocorrelation)")
	Double spacing;

	@Option(names = "--side", defaultValue = "0", description = "Segment side in px (default: one lattice or interplanar spacing)")
	int side;

	@Option(names = "--sites", defaultValue = "COLUMN", description = "Scheme 1 segment centres: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	SiteType sites;

	@Option(names = "--descriptor", defaultValue = "patterson", description = "Segment descriptor plugin: patterson, fft-magnitude, raw, ... (default: ${DEFAULT-VALUE})")
	String descriptor;

	@Option(names = "--normalize", negatable = true, description = "Bring each segment to zero mean and unit variance first (default: on for scheme 2, off for scheme 1)")
	Boolean normalize;

	@Option(names = "--variance", defaultValue = "0.98", description = "Share of the variance the kept principal components explain (default: ${DEFAULT-VALUE})")
	double variance;

	@Option(names = "--whiten", description = "Scale every principal component to unit variance before the SVM")
	boolean whiten;

	@Option(names = "--nu", description = "nu of the one-class SVM (default: the knee of D(nu) over the grid)")
	Double nu;

	@Option(names = "--nu-grid", defaultValue = "0.01:0.2:20", description = "nu values scanned, from:to:steps (default: ${DEFAULT-VALUE})")
	String nuGrid;

	@Option(names = "--gamma", description = "RBF kernel gamma (default: 1 / (components x variance) of the scaled scores)")
	Double gamma;

	@Option(names = "--gamma-factors", split = ",", defaultValue = "0.5,0.75,1,1.5,2,3", description = "Multiples of gamma refitted for the robustness report (default: ${DEFAULT-VALUE}; 'none' for none)")
	String[] gammaFactors;

	@Option(names = "--split", defaultValue = "GMM", description = "Two-class split of the decision values: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
	TwoClassSplit.Method split;

	@Option(names = "--domain-radius", defaultValue = "1.5", description = "Radius, in segment sides, over which PCA scores are averaged before the two-domain split (0: none; default: ${DEFAULT-VALUE})")
	double domainRadius;

	@Option(names = "--reflection", split = ",", description = "Scheme 2: reflection u,v in FFT pixels from the centre (+v down; default: automatic)")
	double[] reflection;

	@Option(names = "--mask-sigma", defaultValue = "0", description = "Scheme 2: Bragg mask width in FFT pixels (default: |g| / 6)")
	double maskSigma;

	@Option(names = "--min-amplitude", defaultValue = "0.5", description = "Scheme 2: least fringe amplitude of a segment, relative to the median (default: ${DEFAULT-VALUE})")
	double minAmplitude;

	@Option(names = "--column-classes", defaultValue = "0", description = "Scheme 1 pre-step: classify columns by intensity into N classes (-1: N by BIC; default: off)")
	int columnClasses;

	@Option(names = "--rerender", description = "Scheme 1 pre-step: segment ideal Gaussian columns at the classified positions instead of the image")
	boolean rerender;

	@Option(names = { "-q", "--quiet" }, description = "No progress output")
	boolean quiet;

	@Override
	public Integer call() throws Exception {
		PattersonSettings settings = settings();
		Image2D input = ImageFiles.readImage(image);
		PattersonResult result = new PattersonOcsvm(settings).run(input, new ConsoleProgress(System.err, quiet));
		PattersonFiles.write(result, input, out);
		System.out.print(PattersonTables.summary(result));
		System.out.printf("Results in %s%n", out.toAbsolutePath());
		return 0;
	}

	PattersonSettings settings() {
		PattersonSettings.Builder b = PattersonSettings.defaults(scheme).toBuilder().side(side).siteType(sites).descriptor(descriptor).varianceShare(variance).whiten(whiten)
			.nuGrid(parseGrid(nuGrid)).gammaFactors(parseFactors(gammaFactors)).split(split).maskSigma(maskSigma).minAmplitude(minAmplitude).mixtureClasses(columnClasses)
			.rerender(rerender).domainRadius(domainRadius);
		if (normalize != null) b.normalize(normalize);
		if (spacing != null) b.spacing(spacing);
		if (nu != null) b.nu(nu);
		if (gamma != null) b.gamma(gamma);
		if (reflection != null) {
			if (reflection.length != 2) throw new IllegalArgumentException("--reflection needs two numbers u,v, got " + reflection.length);
			b.reflection(reflection[0], reflection[1]);
		}
		return b.build();
	}

	static double[] parseGrid(String text) {
		String[] p = text.split(":");
		try {
			if (p.length == 3) return NuScan.grid(Double.parseDouble(p[0]), Double.parseDouble(p[1]), Integer.parseInt(p[2]));
		} catch (NumberFormatException e) {
			// fall through to the message below
		}
		throw new IllegalArgumentException("--nu-grid must be from:to:steps, e.g. 0.01:0.2:20, got '" + text + "'");
	}

	static double[] parseFactors(String[] text) {
		if (text.length == 1 && "none".equalsIgnoreCase(text[0])) return new double[0];
		double[] f = new double[text.length];
		for (int i = 0; i < f.length; i++) {
			try {
				f[i] = Double.parseDouble(text[i]);
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("--gamma-factors must be numbers separated by commas, got '" + text[i] + "'");
			}
		}
		return f;
	}
}
