package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Differences that vary along the diagonal from top right to bottom left. */
@Plugin(type = PatchFeature.class, name = "spectrum_sector_135")
public final class SpectrumSector135 extends BasicFeature {

	public SpectrumSector135() {
		super(FeatureFamily.FREQUENCY, "Fraction of the difference image's power with wavevector angle within 22.5° of 135°.", p -> p.spectrum().sectorFraction(3));
	}
}
