package org.stemsift.cluster.selection;

/**
 * A feature the selection dropped, the tier that dropped it (1 correlation, 2 silhouette, 3 variance) and why, in words
 * for the report (e.g. "|r| = 0.987 with diff_std").
 */
public record Removal(String feature, int tier, String reason) {}
