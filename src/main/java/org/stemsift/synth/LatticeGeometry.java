package org.stemsift.synth;

/**
 * Where the sites of a synthetic lattice are: primitive vectors {@code a1, a2} (pixels, +y down) and the origin, with
 * conversions between pixel and lattice coordinates. Exposed with every generated image because per-cell analyses need
 * the exact cell assignment of each pixel.
 */
public final class LatticeGeometry {

	private final LatticeType type;
	private final double a1x, a1y, a2x, a2y;
	private final double originX, originY;

	public LatticeGeometry(LatticeType type, double spacing, double rotationDegrees, double originX, double originY) {
		this.type = type;
		double t1 = Math.toRadians(rotationDegrees), t2 = Math.toRadians(rotationDegrees + type.angleDegrees());
		// counter-clockwise on screen is clockwise in y-down pixel coordinates, hence the minus signs
		this.a1x = spacing * cleanCos(t1);
		this.a1y = -spacing * cleanCos(t1 - Math.PI / 2);
		this.a2x = spacing * cleanCos(t2);
		this.a2y = -spacing * cleanCos(t2 - Math.PI / 2);
		this.originX = originX;
		this.originY = originY;
	}

	/** Cosine with rounding residue removed, so axis-aligned lattices put columns exactly on integer pixels. */
	private static double cleanCos(double angle) {
		double c = Math.cos(angle);
		return Math.abs(c) < 1e-12 ? 0 : c;
	}

	public static LatticeGeometry of(LatticeSettings s) {
		return new LatticeGeometry(s.lattice(), s.spacing(), s.rotationDegrees(), s.resolvedOriginX(), s.resolvedOriginY());
	}

	public LatticeType type() { return type; }

	/** Primitive vector a1 {x, y} in px. */
	public double[] a1() { return new double[] { a1x, a1y }; }

	public double[] a2() { return new double[] { a2x, a2y }; }

	public double spacing() { return Math.hypot(a1x, a1y); }

	public double originX() { return originX; }

	public double originY() { return originY; }

	/** Pixel position {x, y} of fractional lattice coordinates (u, v). */
	public double[] toPixel(double u, double v) {
		return new double[] { originX + u * a1x + v * a2x, originY + u * a1y + v * a2y };
	}

	/** Fractional lattice coordinates {u, v} of a pixel position; floor them to get the cell. */
	public double[] toLattice(double x, double y) {
		double dx = x - originX, dy = y - originY;
		double det = a1x * a2y - a1y * a2x;
		return new double[] { (dx * a2y - dy * a2x) / det, (a1x * dy - a1y * dx) / det };
	}

	/** Shortest distance between two columns of the lattice (any sublattice). */
	public double nearestNeighbourDistance() {
		return switch (type) {
			case SQUARE -> spacing() / Math.sqrt(2);
			case HEXAGONAL -> spacing() / Math.sqrt(3);
			case TRIANGULAR -> spacing();
		};
	}

	/**
	 * The inclusive cell index range {uMin, uMax, vMin, vMax} whose cells may hold a point of the rectangle
	 * {@code [-margin, width - 1 + margin] x [-margin, height - 1 + margin]}.
	 */
	int[] cellRange(int width, int height, double margin) {
		double uMin = Double.POSITIVE_INFINITY, uMax = Double.NEGATIVE_INFINITY, vMin = Double.POSITIVE_INFINITY, vMax = Double.NEGATIVE_INFINITY;
		for (double x : new double[] { -margin, width - 1 + margin }) {
			for (double y : new double[] { -margin, height - 1 + margin }) {
				double[] uv = toLattice(x, y);
				uMin = Math.min(uMin, uv[0]);
				uMax = Math.max(uMax, uv[0]);
				vMin = Math.min(vMin, uv[1]);
				vMax = Math.max(vMax, uv[1]);
			}
		}
		return new int[] { (int) Math.floor(uMin) - 1, (int) Math.ceil(uMax) + 1, (int) Math.floor(vMin) - 1, (int) Math.ceil(vMax) + 1 };
	}
}
