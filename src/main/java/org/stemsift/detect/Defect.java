package org.stemsift.detect;

/**
 * One detected defect: sub-pixel position in the input image's pixel coordinates, its score (|filtered difference|
 * at the peak, in units of the window maximum), the score relative to the detection threshold, the sign of the
 * intensity change, and the area (px) of its region in the label image, whose label is {@code label}.
 */
public record Defect(int label, double x, double y, double score, double significance, String sign, int area) {}
