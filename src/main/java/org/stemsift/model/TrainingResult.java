package org.stemsift.model;

import java.util.List;

import org.stemsift.core.Image2D;

/**
 * A trained model, its loss history, the preprocessed held-out validation crops (n × patch² values) and, when trained
 * on an image, the (raw) training region: the caller measures on them the bulk statistics that later decide what is
 * anomalous.
 */
public record TrainingResult(CvaeModel model, List<ModelDescription.EpochLosses> history, boolean stoppedEarly, float[] validationCrops, int validationCount,
	Image2D trainingRegion) {}
