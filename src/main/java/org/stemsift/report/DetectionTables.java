package org.stemsift.report;

import java.util.Locale;

import org.stemsift.core.Calibration;
import org.stemsift.detect.Defect;
import org.stemsift.detect.DetectionResult;
import org.stemsift.detect.PatchClassifier;
import org.stemsift.detect.BulkBand;

/** The tables STEMsift's CVAE commands produce, defined once for the CSV files and the ImageJ Results table. */
public final class DetectionTables {

	private DetectionTables() {}

	/** One row per defect: pixel coordinates of the input image first, then calibrated ones. */
	public static Table defects(DetectionResult result, Calibration calibration) {
		Table t = new Table("x", "y", "score", "significance", "sign", "area", "label", "x_calibrated", "y_calibrated", "unit");
		for (Defect d : result.defects()) {
			t.add(round(d.x()), round(d.y()), round(d.score()), round(d.significance()), d.sign(), d.area(), d.label(), round(calibration.toPhysicalX(d.x())),
				round(calibration.toPhysicalY(d.y())), calibration.unit());
		}
		return t;
	}

	/** One row per patch: index, name, ANM, decision and where the anomaly peaks inside the patch. */
	public static Table patches(PatchClassifier.Classification[] classes, BulkBand band) {
		Table t = new Table("index", "name", "anm", "defect", "peak_x", "peak_y", "band_low", "band_high");
		for (int i = 0; i < classes.length; i++) {
			PatchClassifier.Classification c = classes[i];
			t.add(i, c.name(), round(c.score().anm()), c.defect(), c.score().peakX(), c.score().peakY(), round(band.lower()), round(band.upper()));
		}
		return t;
	}

	/** Six significant digits: enough for any microscope, short enough to read. */
	static Object round(double v) {
		if (!Double.isFinite(v)) return Double.toString(v);
		return Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
	}
}
