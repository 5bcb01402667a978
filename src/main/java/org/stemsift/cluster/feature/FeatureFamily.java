package org.stemsift.cluster.feature;

/** The three families of patch features (Ayyubi et al.): what a feature looks at. */
public enum FeatureFamily {
	/** Statistics of pixel values: moments, percentiles, energy, entropy, extremes and where they are. */
	INTENSITY,
	/** Geometry of the blobs left after thresholding the filtered difference image. */
	SHAPE,
	/** Power of the difference image's Fourier transform in radial and angular bands. */
	FREQUENCY
}
