package org.stemsift.cluster.feature;

import java.util.function.ToDoubleFunction;

/**
 * The body that the built-in features share: a family, a description and the value as a function of the patch images
 * (usually one accessor of a cached intermediate), so each feature class only names and describes its measurement.
 */
public abstract class BasicFeature implements PatchFeature {

	private final FeatureFamily family;
	private final String description;
	private final ToDoubleFunction<PatchImages> value;

	protected BasicFeature(FeatureFamily family, String description, ToDoubleFunction<PatchImages> value) {
		this.family = family;
		this.description = description;
		this.value = value;
	}

	@Override
	public final FeatureFamily family() { return family; }

	@Override
	public final String description() { return description; }

	@Override
	public final double compute(PatchImages patch) { return value.applyAsDouble(patch); }
}
