package org.stemsift.report;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.process.ImageProcessor;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.stemsift.bridge.ImagePlusBridge;
import org.stemsift.core.Image2D;
import org.stemsift.detect.Defect;
import org.stemsift.evaluate.PointXY;
import org.stemsift.io.AtomicFiles;

/**
 * A PNG of an image with its detected defects circled (red: intensity missing, cyan: extra) and, when known, the
 * true defect positions marked with yellow squares: the picture for reports and the README.
 */
public final class OverlayPicture {

	private OverlayPicture() {}

	public static void write(Image2D image, List<Defect> defects, List<PointXY> truth, double radius, int scale, Path png) throws IOException {
		ImagePlus imp = ImagePlusBridge.toImagePlus(image.copy());
		imp.resetDisplayRange();
		ImageProcessor ip = imp.getProcessor().convertToByteProcessor(true).resize(image.width() * scale, image.height() * scale, true);
		ImagePlus out = new ImagePlus(image.name(), ip);
		Overlay overlay = new Overlay();
		if (truth != null) {
			for (PointXY p : truth) {
				double r = radius * 1.3 * scale;
				Roi box = new Roi((p.x() + 0.5) * scale - r, (p.y() + 0.5) * scale - r, 2 * r, 2 * r);
				box.setStrokeColor(Color.YELLOW);
				box.setStrokeWidth(Math.max(1, scale));
				overlay.add(box);
			}
		}
		for (Defect d : defects) {
			double r = radius * scale;
			OvalRoi circle = new OvalRoi((d.x() + 0.5) * scale - r, (d.y() + 0.5) * scale - r, 2 * r, 2 * r);
			circle.setStrokeColor("missing".equals(d.sign()) ? Color.RED : Color.CYAN);
			circle.setStrokeWidth(Math.max(1, scale));
			overlay.add(circle);
		}
		out.setOverlay(overlay);
		ImagePlus flat = out.flatten();
		AtomicFiles.writeVia(png, tmp -> {
			if (!new FileSaver(flat).saveAsPng(tmp.toString())) throw new IOException("Could not write " + png);
		});
	}
}
