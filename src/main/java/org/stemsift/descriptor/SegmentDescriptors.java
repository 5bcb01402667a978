package org.stemsift.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.InstantiableException;
import org.scijava.plugin.PluginIndex;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;

/**
 * The available {@link SegmentDescriptor}s by name, highest priority first.
 * <p>
 * Why two ways in: inside Fiji the descriptors come from the application's {@link PluginService} (so third-party
 * descriptors in other jars appear too, created with their context); the core and the command line run without a
 * SciJava context and read the same annotation index ({@code META-INF/json/org.scijava.plugin.Plugin}, written at
 * compile time by scijava-common's annotation processor) through a bare {@link PluginIndex}.
 */
public final class SegmentDescriptors {

	private final Map<String, PluginInfo<SegmentDescriptor>> byName;
	private final PluginService pluginService;

	private SegmentDescriptors(List<PluginInfo<SegmentDescriptor>> infos, PluginService pluginService) {
		this.byName = new LinkedHashMap<>();
		for (PluginInfo<SegmentDescriptor> info : infos) byName.putIfAbsent(info.getName(), info);
		this.pluginService = pluginService;
	}

	/** The descriptors on the class path, found without a SciJava context. */
	public static SegmentDescriptors discover() {
		PluginIndex index = new PluginIndex();
		index.discover();
		return new SegmentDescriptors(index.getPlugins(SegmentDescriptor.class), null);
	}

	/** The descriptors known to a running SciJava application. */
	public static SegmentDescriptors from(PluginService plugins) {
		return new SegmentDescriptors(plugins.getPluginsOfType(SegmentDescriptor.class), plugins);
	}

	/** Names, highest priority first (the Patterson map leads). */
	public List<String> names() {
		return new ArrayList<>(byName.keySet());
	}

	/** A new instance of the named descriptor. */
	public SegmentDescriptor create(String name) {
		PluginInfo<SegmentDescriptor> info = byName.get(name);
		if (info == null) throw new IllegalArgumentException("Unknown segment descriptor '" + name + "'; available: " + String.join(", ", names()));
		if (pluginService != null) return pluginService.createInstance(info);
		try {
			return info.createInstance();
		} catch (InstantiableException e) {
			throw new IllegalStateException("Cannot create the segment descriptor '" + name + "': " + e.getMessage(), e);
		}
	}
}
