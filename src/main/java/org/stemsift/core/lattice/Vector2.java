package org.stemsift.core.lattice;

/** A 2-D vector in pixels (+y down). */
public record Vector2(double x, double y) {

	public double length() { return Math.hypot(x, y); }

	/** Angle from +x in degrees, measured in pixel coordinates (clockwise on screen since +y points down). */
	public double angleDegrees() { return Math.toDegrees(Math.atan2(y, x)); }

	public Vector2 plus(Vector2 o) { return new Vector2(x + o.x, y + o.y); }

	public Vector2 minus(Vector2 o) { return new Vector2(x - o.x, y - o.y); }

	public Vector2 times(double f) { return new Vector2(x * f, y * f); }

	public double dot(Vector2 o) { return x * o.x + y * o.y; }

	/** z component of the cross product. */
	public double cross(Vector2 o) { return x * o.y - y * o.x; }
}
