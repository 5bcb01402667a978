package org.stemsift.evaluate;

import java.util.Collection;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** A position in pixels; the common currency for matching detections of any type against ground truth of any type. */
public record PointXY(double x, double y) {

	public double distance(PointXY o) {
		return Math.hypot(x - o.x, y - o.y);
	}

	/** Positions of arbitrary items, e.g. {@code PointXY.of(peaks, Peak::x, Peak::y)}; the order is kept. */
	public static <T> List<PointXY> of(Collection<T> items, ToDoubleFunction<? super T> x, ToDoubleFunction<? super T> y) {
		return items.stream().map(t -> new PointXY(x.applyAsDouble(t), y.applyAsDouble(t))).toList();
	}
}
