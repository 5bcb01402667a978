package org.stemsift.fiji;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.PointRoi;
import ij.measure.ResultsTable;

import java.awt.Color;
import java.util.List;

import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.detect.Defect;
import org.stemsift.report.Table;

/**
 * Publishes results as ImageJ 1 objects, which macros, scripts and headless batch runs can read: the "Results" table
 * (nResults, getResult), named tables, images registered with the WindowManager, and overlays.
 */
final class ResultsPublisher {

	private ResultsPublisher() {}

	/** Copies a table into a ResultsTable and shows it under {@code title} ("Results" makes it the macro's table). */
	static ResultsTable show(Table table, String title) {
		ResultsTable rt = new ResultsTable();
		for (Object[] row : table.rows()) {
			rt.incrementCounter();
			for (int c = 0; c < row.length; c++) {
				Object v = row[c];
				String column = table.columns().get(c);
				if (v instanceof Number n) rt.addValue(column, n.doubleValue());
				else if (v instanceof Boolean b) rt.addValue(column, b ? 1 : 0);
				else rt.addValue(column, String.valueOf(v));
			}
		}
		if ("Results".equals(title)) ij.plugin.filter.Analyzer.setResultsTable(rt); // headless, ResultsTable.show does nothing, so macros would see no results
		rt.show(title);
		return rt;
	}

	/** Empties the Results table (what {@code nResults} counts), even headless. */
	static void clearResults() {
		ResultsTable empty = new ResultsTable();
		ij.plugin.filter.Analyzer.setResultsTable(empty);
		if (!java.awt.GraphicsEnvironment.isHeadless() && ij.WindowManager.getWindow("Results") != null) empty.show("Results");
	}

	/** A circle of the given radius and a point at every defect: red where intensity is missing, cyan where extra. */
	static Overlay defectOverlay(List<Defect> defects, double radius) {
		Overlay overlay = new Overlay();
		for (Defect d : defects) {
			Color c = "missing".equals(d.sign()) ? Color.RED : Color.CYAN;
			OvalRoi circle = new OvalRoi(d.x() + 0.5 - radius, d.y() + 0.5 - radius, 2 * radius, 2 * radius);
			circle.setStrokeColor(c);
			circle.setName("defect " + d.label());
			overlay.add(circle);
			PointRoi point = new PointRoi(d.x() + 0.5, d.y() + 0.5);
			point.setStrokeColor(c);
			overlay.add(point);
		}
		return overlay;
	}

	/** Shows an image (in batch mode and headless it is registered with the WindowManager instead of a window). */
	static ImagePlus show(Image2D image, String title) {
		ImagePlus imp = ImagePlusBridge.toImagePlus(image);
		imp.setTitle(title);
		imp.resetDisplayRange();
		show(imp);
		return imp;
	}

	/**
	 * Shows an image or plot window; in a headless JVM outside batch mode, where a window cannot exist, it becomes the
	 * current image instead, so a following macro or script still finds it.
	 */
	static void show(ImagePlus imp) {
		if (java.awt.GraphicsEnvironment.isHeadless() && !ij.macro.Interpreter.isBatchMode()) ij.WindowManager.setTempCurrentImage(imp);
		else imp.show();
	}
}
