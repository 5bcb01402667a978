package org.stemsift.cluster.feature.frequency;

import org.scijava.plugin.Plugin;
import org.stemsift.cluster.feature.BasicFeature;
import org.stemsift.cluster.feature.FeatureFamily;
import org.stemsift.cluster.feature.PatchFeature;

/** Differences that vary along x, e.g. a column row misfit across x. */
@Plugin(type = PatchFeature.class, name = "spectrum_sector_0")
public final class SpectrumSector0 extends BasicFeature {

	public SpectrumSector0() {
		super(FeatureFamily.FREQUENCY, "Fraction of the difference image's power with wavevector angle within 22.5° of 0° (along x).", p -> p.spectrum().sectorFraction(0));
	}
}
