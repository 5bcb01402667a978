package org.stemsift.report;

import ij.gui.Plot;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.stemsift.model.ModelDescription;

/**
 * The loss history of a training run as a table (one row per epoch run) and as a plot of training and validation
 * loss per epoch, so a user can see whether training converged without opening the model file.
 */
public final class TrainingReport {

	private TrainingReport() {}

	/**
	 * Which engine trained the model and whether the non-finite guard had to step in, e.g. "Engine: PyTorch 2.7.1 on
	 * cpu() (GPUs: 0, threads: 2, CPU: AVX512 (…)); learning rate halved 0 times".
	 */
	public static String engineLine(ModelDescription.TrainingInfo t) {
		String engine = t.engine() == null ? "not recorded (model from an older STEMsift)" : t.engine();
		return "Engine: " + engine + "; learning rate halved after a non-finite step: " + t.learningRateHalvings() + " times";
	}

	public static Table table(ModelDescription.TrainingInfo t) {
		Table table = new Table("epoch", "training_loss", "validation_loss");
		for (ModelDescription.EpochLosses e : t.history()) table.add(e.epoch(), e.training(), e.validation());
		return table;
	}

	public static Plot plot(ModelDescription.TrainingInfo t) {
		int n = t.history().size();
		double[] epoch = new double[n], train = new double[n], val = new double[n];
		for (int i = 0; i < n; i++) {
			ModelDescription.EpochLosses e = t.history().get(i);
			epoch[i] = e.epoch();
			train[i] = e.training();
			val[i] = e.validation();
		}
		Plot plot = new Plot("STEMsift training losses", "epoch", "negative ELBO per patch");
		plot.setLineWidth(2);
		plot.setColor(Color.BLUE, Color.BLUE);
		plot.add("connected circle", epoch, train);
		plot.setColor(Color.RED, Color.RED);
		plot.add("connected circle", epoch, val);
		plot.setLegend("training\tvalidation", Plot.AUTO_POSITION);
		double low = Math.min(min(train), min(val)), high = Math.max(max(train), max(val)), pad = Math.max(1e-9, 0.05 * (high - low));
		if (n > 0) plot.setLimits(0.5, n + 0.5, low - pad, high + pad); // a margin, so no point sits on the frame
		if (t.engine() != null) {
			plot.setColor(Color.DARK_GRAY);
			plot.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 10));
			plot.addLabel(0, -0.012, t.engine()); // above the frame: which code path trained it
		}
		return plot;
	}

	private static double min(double[] v) {
		double m = Double.POSITIVE_INFINITY;
		for (double x : v) m = Math.min(m, x);
		return m;
	}

	private static double max(double[] v) {
		double m = Double.NEGATIVE_INFINITY;
		for (double x : v) m = Math.max(m, x);
		return m;
	}

	/** Writes {@code csv} and {@code png} (atomically). */
	public static void write(ModelDescription.TrainingInfo t, Path csv, Path png) throws IOException {
		table(t).toCsv().write(csv);
		Png.write(plot(t).getImagePlus(), png);
	}
}
