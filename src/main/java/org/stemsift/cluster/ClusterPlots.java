package org.stemsift.cluster;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pictures of a clustering: silhouette versus K, the t-SNE (or UMAP) scatter coloured by cluster, and a montage of
 * each cluster's most typical patches. Shown in Fiji, saved as PNG by the command line; all work headless.
 */
public final class ClusterPlots {

	/** Distinct colours for clusters 1, 2, …, repeated after ten. */
	static final Color[] PALETTE = { new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40), new Color(148, 103, 189),
		new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207) };

	private ClusterPlots() {}

	public static Color colour(int cluster) {
		return PALETTE[cluster % PALETTE.length];
	}

	/** Mean silhouette for each K of the scan, the chosen K circled. */
	public static Plot silhouetteVersusK(ClusterResult r) {
		List<KMeansScan.Row> rows = r.clustering().rows();
		double[] k = rows.stream().mapToDouble(KMeansScan.Row::k).toArray();
		double[] s = rows.stream().mapToDouble(KMeansScan.Row::meanSilhouette).toArray();
		Plot plot = new Plot("Silhouette versus K", "K (clusters)", "mean silhouette");
		plot.setColor(Color.BLUE);
		plot.add("connected circle", k, s);
		plot.setColor(Color.RED);
		plot.setLineWidth(2);
		plot.add("circle", new double[] { r.k() }, new double[] { r.clustering().meanSilhouette() });
		plot.setLineWidth(1);
		plot.addLabel(0.05, 0.1, String.format(Locale.ROOT, "K = %d, mean silhouette %.3f", r.k(), r.clustering().meanSilhouette()));
		double top = Math.max(0.1, java.util.Arrays.stream(s).max().orElse(0));
		double bottom = Math.min(0, java.util.Arrays.stream(s).min().orElse(0));
		plot.setLimits(k[0] - 0.5, k[k.length - 1] + 0.5, bottom, top + 0.15 * (top - bottom));
		return plot;
	}

	/** A 2-D view ({@code n × 2}: t-SNE or UMAP) with one colour per cluster and a legend. */
	public static Plot scatter(ClusterResult r, double[][] view, String method) {
		Plot plot = new Plot(method + " of the PCA scores", method + " 1", method + " 2");
		StringBuilder legend = new StringBuilder();
		for (int c = 0; c < r.k(); c++) {
			List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
			for (int i = 0; i < view.length; i++)
				if (r.labels()[i] == c) {
					xs.add(view[i][0]);
					ys.add(view[i][1]);
				}
			plot.setColor(colour(c), colour(c));
			plot.add("circle", xs.stream().mapToDouble(Double::doubleValue).toArray(), ys.stream().mapToDouble(Double::doubleValue).toArray());
			legend.append(legend.length() == 0 ? "" : "\n").append("cluster ").append(c + 1).append(" (").append(xs.size()).append(")");
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(legend.toString(), "top-right");
		double[] x = new double[view.length], y = new double[view.length];
		for (int i = 0; i < view.length; i++) {
			x[i] = view[i][0];
			y[i] = view[i][1];
		}
		double[] xr = paddedRange(x), yr = paddedRange(y);
		plot.setLimits(xr[0], xr[1], yr[0], yr[1] + 0.25 * (yr[1] - yr[0])); // room for the legend
		return plot;
	}

	/** Min and max with 5 % room on each side, so that no point sits on the frame. */
	private static double[] paddedRange(double[] v) {
		double min = java.util.Arrays.stream(v).min().orElse(0), max = java.util.Arrays.stream(v).max().orElse(1);
		double pad = max > min ? 0.05 * (max - min) : 1;
		return new double[] { min - pad, max + pad };
	}

	/**
	 * Each cluster's most typical patches (closest to its centroid, left first), one row per cluster, each patch
	 * scaled to its own range and enlarged to at least 64 px; the cluster number and size on the left in its colour.
	 */
	public static ImagePlus montage(ClusterResult r) {
		int per = r.settings().typicalPatches(), side = r.patches().width(), heightPx = r.patches().height();
		int zoom = Math.max(1, (int) Math.ceil(64.0 / Math.max(side, heightPx)));
		int w = side * zoom, h = heightPx * zoom, gap = 4, label = 130;
		ColorProcessor out = new ColorProcessor(label + per * (w + gap), r.k() * (h + gap) + gap);
		out.setColor(Color.WHITE);
		out.fill();
		out.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
		out.setAntialiasedText(true);
		for (int c = 0; c < r.k(); c++) {
			int y = gap + c * (h + gap);
			out.setColor(colour(c));
			out.fillRect(0, y, 6, h);
			out.drawString("cluster " + (c + 1), 10, y + h / 2);
			out.setColor(Color.DARK_GRAY);
			out.drawString(r.size(c) + " patches", 10, y + h / 2 + 18);
			int[] typical = r.typical(c, per);
			for (int j = 0; j < typical.length; j++) {
				ImageProcessor patch = new FloatProcessor(side, heightPx, r.patches().patch(typical[j]).pixels());
				patch.resetMinAndMax();
				ImageProcessor shown = patch.convertToByteProcessor(true).resize(w, h, false).convertToRGB();
				out.insert(shown, label + j * (w + gap), y);
			}
		}
		return new ImagePlus("Typical patches per cluster", out);
	}
}
