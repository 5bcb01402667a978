package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Differences that vary along y. */
@Plugin(type = PatchFeature.class, name = "spectrum_sector_90")
public final class SpectrumSector90 extends BasicFeature {

	public SpectrumSector90() {
		super(FeatureFamily.FREQUENCY, "Fraction of the difference image's power with wavevector angle within 22.5° of 90° (along y).", p -> p.spectrum().sectorFraction(2));
	}
}
