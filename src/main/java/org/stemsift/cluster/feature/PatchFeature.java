package org.stemsift.cluster.feature;

import org.scijava.plugin.SciJavaPlugin;

/**
 * One scalar feature of a patch, computed from the patch, its CVAE prediction and their difference images.
 * Implementations are SciJava plugins ({@code @Plugin(type = PatchFeature.class, name = "...")}): the plugin's name is
 * the feature's column name in every table, so a new feature is one class and appears in Fiji, the CLI and the report.
 * <p>
 * Implementations must be stateless: patches are processed in parallel. Intermediate results that several features
 * share (blobs of the thresholded difference, the power spectrum) are computed once per patch by {@link PatchImages}.
 */
public interface PatchFeature extends SciJavaPlugin {

	FeatureFamily family();

	/** One sentence for the docs and the selection report: what is measured, on which image. */
	String description();

	/** The feature's value; finite for any finite patch (a feature of an empty blob set is 0, not NaN). */
	double compute(PatchImages patch);
}
