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
		plot.setColor(Color.BLUE);
		plot.add("connected circle", epoch, train);
		plot.setColor(Color.RED);
		plot.add("connected circle", epoch, val);
		plot.setLegend("training\tvalidation", Plot.AUTO_POSITION);
		plot.setLimitsToFit(false);
		return plot;
	}

	/** Writes {@code csv} and {@code png} (atomically). */
	public static void write(ModelDescription.TrainingInfo t, Path csv, Path png) throws IOException {
		table(t).toCsv().write(csv);
		Png.write(plot(t).getImagePlus(), png);
	}
}
