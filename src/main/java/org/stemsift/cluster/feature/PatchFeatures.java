package org.stemsift.cluster.feature;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.scijava.InstantiableException;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;
import org.stemsift.detect.PatchAnalyzer;
import org.stemsift.progress.Progress;

/**
 * The available {@link PatchFeature}s, highest priority first, and their computation over a set of patches.
 * Like the segment descriptors: inside Fiji from the application's PluginService (third-party features included), in
 * the core and CLI from the compile-time plugin index.
 */
public final class PatchFeatures {

	private final List<PatchFeature> features;
	private final List<String> names;

	private PatchFeatures(List<PluginInfo<PatchFeature>> infos, PluginService pluginService) {
		// One order wherever the features come from (priority, then feature name, as the plugin index lists them):
		// selection tier 1 keeps the earlier of two correlated features, so another order gives other clusters.
		List<PluginInfo<PatchFeature>> ordered = new ArrayList<>(infos);
		ordered.sort(Comparator.comparingDouble((PluginInfo<PatchFeature> i) -> -i.getPriority()).thenComparing(PluginInfo::getName));
		Map<String, PatchFeature> byName = new LinkedHashMap<>();
		for (PluginInfo<PatchFeature> info : ordered) {
			if (byName.containsKey(info.getName())) continue;
			byName.put(info.getName(), create(info, pluginService));
		}
		this.names = new ArrayList<>(byName.keySet());
		this.features = new ArrayList<>(byName.values());
	}

	private static PatchFeature create(PluginInfo<PatchFeature> info, PluginService pluginService) {
		if (pluginService != null) return pluginService.createInstance(info);
		try {
			return info.createInstance();
		} catch (InstantiableException e) {
			throw new IllegalStateException("Cannot create the patch feature '" + info.getName() + "': " + e.getMessage(), e);
		}
	}

	/** The features on the class path, found without a SciJava context. */
	public static PatchFeatures discover() {
		PluginIndex index = new PluginIndex();
		index.discover();
		return new PatchFeatures(index.getPlugins(PatchFeature.class), null);
	}

	/** The features known to a running SciJava application. */
	public static PatchFeatures from(PluginService plugins) {
		return new PatchFeatures(plugins.getPluginsOfType(PatchFeature.class), plugins);
	}

	public List<String> names() { return List.copyOf(names); }

	public List<PatchFeature> features() { return List.copyOf(features); }

	/** Every feature of every analysed patch (patches in parallel). */
	public FeatureTable compute(PatchAnalyzer.Analysis analysis, Progress progress) {
		Progress p = progress == null ? Progress.NONE : progress;
		int n = analysis.patches().count(), side = analysis.patches().width(), pp = side * side;
		double[][] values = new double[n][];
		int chunk = 64;
		for (int start = 0; start < n; start += chunk) {
			p.checkCancelled();
			int from = start, to = Math.min(n, start + chunk);
			IntStream.range(from, to).parallel().forEach(i -> values[i] = computeOne(new PatchImages(side,
				slice(analysis.input(), i, pp), slice(analysis.reconstruction(), i, pp),
				slice(analysis.difference(), i, pp), slice(analysis.filtered(), i, pp))));
			p.update("Computing features", to, n);
		}
		List<FeatureFamily> families = new ArrayList<>();
		List<String> descriptions = new ArrayList<>();
		for (PatchFeature f : features) {
			families.add(f.family());
			descriptions.add(f.description());
		}
		return new FeatureTable(names(), families, descriptions, values);
	}

	/** Every feature of one patch, in {@link #names()} order. */
	public double[] computeOne(PatchImages patch) {
		double[] v = new double[features.size()];
		for (int f = 0; f < v.length; f++) v[f] = features.get(f).compute(patch);
		return v;
	}

	private static float[] slice(float[] all, int i, int pp) {
		float[] one = new float[pp];
		System.arraycopy(all, i * pp, one, 0, pp);
		return one;
	}
}
