package org.stemsift.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.stemsift.learn.Fixtures;

/** ARI and NMI equal scikit-learn's on assorted label pairs, degenerate ones included. */
class ClusterAgreementTest {

	@Test
	void equalScikitLearn() {
		for (JsonElement e : Fixtures.cluster("cluster_agreement.json").getAsJsonArray("cases")) {
			JsonObject c = e.getAsJsonObject();
			int[] truth = Fixtures.ints(c.getAsJsonArray("truth")), found = Fixtures.ints(c.getAsJsonArray("found"));
			String name = c.get("name").getAsString();
			assertEquals(c.get("ari").getAsDouble(), ClusterAgreement.adjustedRandIndex(truth, found), 1e-9, "ARI " + name);
			assertEquals(c.get("nmi").getAsDouble(), ClusterAgreement.normalizedMutualInformation(truth, found), 1e-9, "NMI " + name);
		}
	}

	@Test
	void symmetricInTheTwoLabelings() {
		int[] a = { 0, 0, 1, 1, 2, 2, 2, 0 }, b = { 5, 5, 5, 1, 1, 7, 7, 7 };
		assertEquals(ClusterAgreement.adjustedRandIndex(a, b), ClusterAgreement.adjustedRandIndex(b, a), 1e-15);
		assertEquals(ClusterAgreement.normalizedMutualInformation(a, b), ClusterAgreement.normalizedMutualInformation(b, a), 1e-15);
	}

	@Test
	void rejectsMismatchedLengths() {
		assertThrows(IllegalArgumentException.class, () -> ClusterAgreement.adjustedRandIndex(new int[] { 0, 1 }, new int[] { 0 }));
		assertThrows(IllegalArgumentException.class, () -> ClusterAgreement.normalizedMutualInformation(new int[0], new int[0]));
	}
}
