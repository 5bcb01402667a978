package org.stemsift.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stemsift.progress.Progress;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import smile.anomaly.SVM;
import smile.math.kernel.GaussianKernel;

/**
 * Why STEMsift has its own SMO solver: Smile 3.1.1's one-class SVM does not compute LIBSVM's ν-OCSVM. Its dual is
 * scaled so that Σα = 1 with the box 1 / round(νn) instead of LIBSVM's 1 / (νn), so even after multiplying its scores
 * by νn they differ from scikit-learn's by far more than 1e-6 (relative to ρ) whenever νn is not an integer, while
 * {@link OneClassSvm} agrees to about 1e-8. If a Smile upgrade makes this test fail, Smile could be used instead.
 */
class SmileComparisonTest {

	@Test
	void smileDiffersFromLibsvmOursDoesNot() {
		double smileWorst = 0, oursWorst = 0;
		for (JsonElement e : OneClassSvmTest.EXPECTED.getAsJsonArray("cases")) {
			JsonObject c = e.getAsJsonObject();
			double nu = c.get("nu").getAsDouble(), gamma = c.get("gamma").getAsDouble(), scale = Math.max(1, Math.abs(c.get("rho").getAsDouble()));
			double[] expected = Fixtures.doubles(c.getAsJsonArray("trainDecision"));
			SVM<double[]> smile = SVM.fit(OneClassSvmTest.TRAIN, new GaussianKernel(Math.sqrt(1 / (2 * gamma))), nu, 1e-6);
			OneClassSvm.Model ours = OneClassSvm.fit(KernelRows.of(new RbfKernel(OneClassSvmTest.TRAIN, gamma)), nu, 1e-10, Progress.NONE);
			double nuN = nu * OneClassSvmTest.TRAIN.length;
			for (int i = 0; i < expected.length; i++) {
				smileWorst = Math.max(smileWorst, Math.abs(expected[i] - nuN * smile.score(OneClassSvmTest.TRAIN[i])) / scale);
				oursWorst = Math.max(oursWorst, Math.abs(expected[i] - ours.trainingDecision()[i]) / scale);
			}
		}
		System.out.printf("Largest difference from scikit-learn, relative to max(1, rho): Smile x nu n %.2e, STEMsift %.2e%n", smileWorst, oursWorst);
		assertTrue(oursWorst < 1e-6, "ours " + oursWorst);
		assertTrue(smileWorst > 1e-5, "Smile now agrees with LIBSVM (" + smileWorst + "); consider using it");
	}
}
