package org.stemsift.report;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

import org.stemsift.core.PatchStack;
import org.stemsift.detect.PatchClassifier;

/**
 * A PNG montage of the patches with the highest ANM, most anomalous first, each captioned with its index and ANM and
 * framed red when it is classified as a defect (gray when it is bulk): a quick look at what the classifier flags.
 */
public final class PatchMontage {

	public static final int DEFAULT_TILES = 16;
	public static final int COLUMNS = 4, CAPTION = 16, GAP = 4, MIN_TILE = 128;

	private PatchMontage() {}

	/** The indices of the {@code max} patches with the highest ANM, highest first (ties by index). */
	public static int[] mostAnomalous(PatchClassifier.Classification[] classes, int max) {
		return IntStream.range(0, classes.length).boxed()
			.sorted(Comparator.<Integer>comparingDouble(i -> -classes[i].score().anm()).thenComparingInt(i -> i))
			.limit(max).mapToInt(Integer::intValue).toArray();
	}

	/** Patches are enlarged by a whole factor to at least {@value #MIN_TILE} px, so that a caption fits under each. */
	public static int scale(int width, int height) {
		int side = Math.max(width, height);
		return Math.max(1, (MIN_TILE + side - 1) / side);
	}

	public static ImagePlus render(PatchStack patches, PatchClassifier.Classification[] classes, int max) {
		int[] shown = mostAnomalous(classes, max);
		int scale = scale(patches.width(), patches.height());
		int tileW = patches.width() * scale, tileH = patches.height() * scale;
		int cols = Math.min(COLUMNS, Math.max(1, shown.length)), rows = Math.max(1, (shown.length + cols - 1) / cols);
		ColorProcessor out = new ColorProcessor(cols * (tileW + GAP) + GAP, rows * (tileH + CAPTION + GAP) + GAP);
		out.setColor(Color.WHITE);
		out.fill();
		out.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		out.setAntialiasedText(true);
		for (int t = 0; t < shown.length; t++) {
			int i = shown[t], x0 = GAP + (t % cols) * (tileW + GAP), y0 = GAP + (t / cols) * (tileH + CAPTION + GAP);
			ImageProcessor tile = new FloatProcessor(patches.width(), patches.height(), patches.patch(i).pixels().clone());
			tile.resetMinAndMax();
			tile = tile.convertToByteProcessor(true).resize(tileW, tileH).convertToRGB();
			out.insert(tile, x0, y0);
			out.setColor(classes[i].defect() ? Color.RED : Color.GRAY);
			out.setLineWidth(2);
			out.drawRect(x0, y0, tileW, tileH);
			out.setColor(Color.BLACK);
			out.drawString(String.format(Locale.ROOT, "#%d  ANM %.3f", i, classes[i].score().anm()), x0, y0 + tileH + CAPTION - 2);
		}
		return new ImagePlus("most anomalous patches", out);
	}

	public static void write(PatchStack patches, PatchClassifier.Classification[] classes, int max, Path png) throws IOException {
		Png.write(render(patches, classes, max), png);
	}
}
