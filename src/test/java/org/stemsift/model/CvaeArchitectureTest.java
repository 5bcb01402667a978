package org.stemsift.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CvaeArchitectureTest {

	@Test
	void standardIsTheSeedNetwork() {
		CvaeArchitecture a = CvaeArchitecture.standard();
		assertEquals(64, a.patchSize());
		assertEquals(20, a.latentDim());
		assertArrayEquals(new int[] { 64, 128, 128 }, a.encoderChannels());
		assertArrayEquals(new int[] { 128, 128, 64 }, a.decoderChannels());
		assertEquals(64, a.decoderBaseChannels());
		assertEquals(8, a.decoderStartSize());
	}

	@Test
	void slimmedDividesChannelsButKeepsAtLeastFour() {
		CvaeArchitecture s = CvaeArchitecture.standard().slimmed(32);
		assertArrayEquals(new int[] { 4, 4, 4 }, s.encoderChannels());
		assertArrayEquals(new int[] { 4, 4, 4 }, s.decoderChannels());
		assertEquals(CvaeArchitecture.standard().patchSize(), s.patchSize());
	}

	@Test
	void patchSizeMustFitThreeHalvings() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CvaeArchitecture.standard(60, 20));
		assertTrue(e.getMessage().contains("multiple of 8"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> CvaeArchitecture.standard(8, 20));
		assertThrows(IllegalArgumentException.class, () -> CvaeArchitecture.standard(64, 0));
	}
}
