package org.stemsift.patterson;

/** Which feature of the unit cell a scheme-one segment is centred on. */
public enum SiteType {
	/** The brightest column of each cell (local intensity maxima). */
	COLUMN,
	/** The empty centre between columns (local intensity minima), e.g. the hexagon centre of a honeycomb. */
	HOLE
}
