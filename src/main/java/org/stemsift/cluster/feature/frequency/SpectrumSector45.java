package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Differences that vary along the diagonal from top left to bottom right. */
@Plugin(type = PatchFeature.class, name = "spectrum_sector_45")
public final class SpectrumSector45 extends BasicFeature {

	public SpectrumSector45() {
		super(FeatureFamily.FREQUENCY, "Fraction of the difference image's power with wavevector angle within 22.5° of 45° (+x towards +y, rows down).", p -> p.spectrum().sectorFraction(1));
	}
}
