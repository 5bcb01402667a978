package org.stemsift.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.stemsift.core.Image2D;
import org.stemsift.detect.DetectionResult;
import org.stemsift.io.TiffWriter;

/**
 * Writes whole-image detection results into a folder: {@code defects.csv}, {@code anomaly.tif},
 * {@code difference.tif}, {@code prediction.tif}, {@code labels.tif} and {@code overview.png} (the image with the defects
 * circled: red where intensity is missing, cyan where it is extra). Every file is written atomically.
 */
public final class DetectionFiles {

	public static final String DEFECTS = "defects.csv";
	public static final String ANOMALY = "anomaly.tif";
	public static final String DIFFERENCE = "difference.tif";
	public static final String PREDICTION = "prediction.tif";
	public static final String LABELS = "labels.tif";
	public static final String OVERVIEW = "overview.png";

	private DetectionFiles() {}

	public static void write(DetectionResult result, Image2D input, Path folder) throws IOException {
		Files.createDirectories(folder);
		DetectionTables.defects(result, input.calibration()).toCsv().write(folder.resolve(DEFECTS));
		TiffWriter.write(result.anomalyMap(), folder.resolve(ANOMALY));
		TiffWriter.write(result.reconstruction().difference(), folder.resolve(DIFFERENCE));
		TiffWriter.write(result.reconstruction().prediction(), folder.resolve(PREDICTION));
		Image2D labels = result.labels();
		int[] ints = new int[labels.pixels().length];
		for (int i = 0; i < ints.length; i++) ints[i] = (int) labels.pixels()[i];
		TiffWriter.writeLabels(ints, labels.width(), labels.height(), labels.calibration(), folder.resolve(LABELS));
		OverlayPicture.write(input, result.defects(), null, result.minSeparation() / 2, 1, folder.resolve(OVERVIEW));
	}
}
