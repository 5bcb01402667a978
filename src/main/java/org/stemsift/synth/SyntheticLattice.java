package org.stemsift.synth;

import java.util.List;
import java.util.function.Supplier;

import org.stemsift.core.Image2D;

/**
 * A generated image with its ground truth: the planted defects (what a detector should find), every column site with
 * its label (for per-site and per-cell classifiers), the lattice geometry and a defect-free twin.
 * <p>
 * The twin has the same lattice, scan jitter and noise seed, so it differs from {@link #image()} only near the defects;
 * it is rendered on first use because most callers never need it.
 */
public final class SyntheticLattice {

	private final LatticeSettings settings;
	private final LatticeGeometry geometry;
	private final Image2D image;
	private final List<PlantedDefect> defects;
	private final List<ColumnSite> sites;
	private final Supplier<Image2D> defectFreeRenderer;
	private Image2D defectFree;

	SyntheticLattice(LatticeSettings settings, LatticeGeometry geometry, Image2D image, List<PlantedDefect> defects, List<ColumnSite> sites,
		Supplier<Image2D> defectFreeRenderer) {
		this.settings = settings;
		this.geometry = geometry;
		this.image = image;
		this.defects = defects;
		this.sites = sites;
		this.defectFreeRenderer = defectFreeRenderer;
	}

	public LatticeSettings settings() { return settings; }

	public LatticeGeometry geometry() { return geometry; }

	/** The image with defects and noise, in counts. */
	public Image2D image() { return image; }

	/** Planted defects in planting order. */
	public List<PlantedDefect> defects() { return defects; }

	public List<PlantedDefect> defects(DefectKind kind) {
		return defects.stream().filter(d -> d.kind() == kind).toList();
	}

	/** All lattice sites inside the image (intact or not), then the filled interstitial positions. */
	public List<ColumnSite> sites() { return sites; }

	/** Lattice constant in px. */
	public double spacing() { return settings.spacing(); }

	/** The same image without defects: identical pixels except near the defects. */
	public synchronized Image2D defectFreeImage() {
		if (defectFree == null) defectFree = defectFreeRenderer.get();
		return defectFree;
	}
}
