package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stemsift.progress.Progress;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The one-class SVM computes LIBSVM's ν-OCSVM: decision values, ρ, Σα and the number of support vectors equal those
 * of scikit-learn 1.2 (LIBSVM 3.x inside) on a committed data set, within 1e-6 relative to ρ.
 */
class OneClassSvmTest {

	static final double[][] TRAIN = Fixtures.matrix("ocsvm_train.csv");
	static final double[][] TEST = Fixtures.matrix("ocsvm_test.csv");
	static final JsonObject EXPECTED = Fixtures.json("ocsvm_expected.json");

	@Test
	void decisionValuesEqualScikitLearn() {
		for (JsonElement e : EXPECTED.getAsJsonArray("cases")) {
			JsonObject c = e.getAsJsonObject();
			String name = c.get("name").getAsString();
			double nu = c.get("nu").getAsDouble(), gamma = c.get("gamma").getAsDouble(), rho = c.get("rho").getAsDouble();
			OneClassSvm.Model m = OneClassSvm.fit(KernelRows.of(new RbfKernel(TRAIN, gamma)), nu, 1e-10, Progress.NONE);
			double scale = Math.max(1, Math.abs(rho));
			assertTrue(m.converged(), name);
			assertEquals(rho, m.rho(), 1e-6 * scale, name + ": rho");
			assertEquals(c.get("alphaSum").getAsDouble(), sum(m.coefficients()), 1e-9 * TRAIN.length, name + ": sum of alpha = nu n");
			assertEquals(c.get("supportVectors").getAsInt(), m.supportVectors().length, name + ": support vectors");
			double[] train = Fixtures.doubles(c.getAsJsonArray("trainDecision")), test = Fixtures.doubles(c.getAsJsonArray("testDecision"));
			double worst = 0;
			for (int i = 0; i < train.length; i++) {
				worst = Math.max(worst, Math.abs(train[i] - m.trainingDecision()[i]) / scale);
				worst = Math.max(worst, Math.abs(train[i] - m.decision(TRAIN[i])) / scale);
			}
			for (int i = 0; i < test.length; i++) worst = Math.max(worst, Math.abs(test[i] - m.decision(TEST[i])) / scale);
			System.out.printf("OCSVM vs scikit-learn, %s: largest difference %.2e x max(1, rho)%n", name, worst);
			assertTrue(worst < 1e-6, name + ": decision values differ by " + worst + " x max(1, rho)");
		}
	}

	@Test
	void scaleGammaIsScikitLearns() {
		assertEquals(EXPECTED.get("scaleGamma").getAsDouble(), OneClassSvm.scaleGamma(TRAIN), 1e-12);
	}

	@Test
	void atMostNuOfTheSamplesAreOutliersAndAtLeastNuAreSupportVectors() {
		OneClassSvm.Model m = OneClassSvm.fit(TRAIN, 0.2, 0.3);
		assertTrue(m.outlierCount() <= 0.2 * TRAIN.length + 1, "outliers " + m.outlierCount());
		assertTrue(m.supportVectors().length >= 0.2 * TRAIN.length - 1, "support vectors " + m.supportVectors().length);
	}

	@Test
	void aCachedKernelGivesTheSameSolutionAsTheFullMatrix() {
		RbfKernel k = new RbfKernel(TRAIN, 0.4);
		OneClassSvm.Model dense = OneClassSvm.fit(KernelRows.of(k), 0.15, 1e-8, Progress.NONE);
		OneClassSvm.Model cached = OneClassSvm.fit(KernelRows.of(k, 4L * TRAIN.length * 5), 0.15, 1e-8, Progress.NONE);
		assertEquals(dense.rho(), cached.rho(), 1e-12);
		for (int i = 0; i < TRAIN.length; i++) assertEquals(dense.trainingDecision()[i], cached.trainingDecision()[i], 1e-12);
	}

	@Test
	void badParametersAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> OneClassSvm.fit(TRAIN, 0, 0.1));
		assertThrows(IllegalArgumentException.class, () -> OneClassSvm.fit(TRAIN, 1.5, 0.1));
		assertThrows(IllegalArgumentException.class, () -> OneClassSvm.fit(TRAIN, 0.1, -1));
		double[][] withNaN = { { 1, 2 }, { Double.NaN, 1 } };
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OneClassSvm.fit(withNaN, 0.5, 0.1));
		assertTrue(e.getMessage().contains("NaN"), e.getMessage());
	}

	static double sum(double[] v) {
		double s = 0;
		for (double x : v) s += x;
		return s;
	}
}
