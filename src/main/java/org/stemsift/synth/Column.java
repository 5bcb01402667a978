package org.stemsift.synth;

/** A rendered atomic column: centre in px and peak intensity (relative units, before the dose). */
record Column(double x, double y, double amplitude) {}
