package org.stemsift.detect;

import java.util.List;

import org.stemsift.core.Image2D;

/**
 * Everything whole-image detection produces. {@code filteredDifference} is signed (negative where intensity is
 * missing); {@code anomalyMap} is its magnitude; {@code labels} numbers each defect's region 1…n (0 = bulk).
 */
public record DetectionResult(SlidingWindowReconstructor.Reconstruction reconstruction, Image2D filteredDifference, Image2D anomalyMap, Image2D labels,
	List<Defect> defects, double threshold, boolean thresholdAutomatic, double minSeparation, int[] referenceRoi) {}
