package org.stemsift.descriptor;

import org.scijava.plugin.SciJavaPlugin;

/**
 * Turns one square image segment into a feature vector for the unsupervised learners. Implementations are SciJava
 * plugins ({@code @Plugin(type = SegmentDescriptor.class, name = "...")}), so a new descriptor is one class: Fiji
 * finds it through the PluginService and the command line through {@link SegmentDescriptors}, by the plugin's name.
 * <p>
 * Implementations must be stateless or thread-safe: segments are described in parallel.
 */
public interface SegmentDescriptor extends SciJavaPlugin {

	/**
	 * The features of a segment of {@code side x side} pixels (row-major). Must not modify the segment. Features that
	 * form an image should be laid out row-major so that they can be shown as one.
	 */
	double[] describe(float[] segment, int side);

	/** Whether shifting the content of a segment (periodically) leaves its features unchanged. */
	boolean translationInvariant();
}
