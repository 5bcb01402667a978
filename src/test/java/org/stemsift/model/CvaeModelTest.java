package org.stemsift.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

import org.junit.jupiter.api.Test;

class CvaeModelTest {

	@Test
	void upsamplingRepeatsEachPixelTwiceInBothDirections() {
		try (NDManager m = DeepLearningEngine.engine().newBaseManager()) {
			NDArray x = m.create(new float[] { 1, 2, 3, 4 }).reshape(1, 1, 2, 2);
			float[] up = CvaeBlock.upsampleNearest2x(x).toFloatArray();
			assertArrayEquals(new float[] { 1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4 }, up);
		}
	}

	@Test
	void reconstructionsAreProbabilitiesAndDeterministic() {
		try (CvaeModel model = CvaeModel.create(TinyTraining.architecture(), new Preprocessing(1))) {
			int n = 40, pp = 16 * 16; // more than one inference batch
			float[] x = new float[n * pp];
			for (int i = 0; i < x.length; i++) x[i] = (i * 7919 % 101) / 100f;
			float[] r1 = model.reconstruct(x, n);
			float[] r2 = model.reconstruct(x, n);
			assertEquals(n * pp, r1.length);
			assertArrayEquals(r1, r2, "inference decodes the latent mean, so it must not vary");
			for (float v : r1) assertTrue(v > 0 && v < 1, "sigmoid output out of range: " + v);
			assertEquals(n * 3, model.encode(x, n).length);
		}
	}
}
