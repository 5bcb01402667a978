package org.stemsift.evaluate;

/** A detection matched to a ground-truth point: indices into the two input lists and their distance in px. */
public record MatchedPair(int detectedIndex, int truthIndex, double distance) {}
