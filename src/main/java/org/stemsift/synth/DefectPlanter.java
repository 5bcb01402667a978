package org.stemsift.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Lays out the lattice and plants the requested defects at random, keeping each at least the border margin from the
 * image edge and the minimum separation from every other defect, so each defect is a separate, fully visible target.
 * Candidates are visited in a seeded random order; a request that cannot be met fails loudly rather than silently
 * planting fewer defects than asked for.
 */
final class DefectPlanter {

	private static final int INTERSTITIAL_POOL = Integer.MIN_VALUE;

	private final LatticeSettings settings;
	private final LatticeGeometry geometry;
	private final SplittableRandom random;

	/** Mutable per-column state while planting. */
	private static final class Site {
		final double x, y;
		final int sublattice, cellU, cellV;
		final boolean inImage;
		double columnX, columnY, amplitude;
		DefectKind defect = DefectKind.NONE;

		Site(double x, double y, int sublattice, int cellU, int cellV, double amplitude, boolean inImage) {
			this.x = x; this.y = y; this.sublattice = sublattice; this.cellU = cellU; this.cellV = cellV;
			this.columnX = x; this.columnY = y; this.amplitude = amplitude; this.inImage = inImage;
		}
	}

	private final List<Site> latticeSites = new ArrayList<>();
	private final List<Site> interstitialCandidates = new ArrayList<>();
	private final List<Site> interstitials = new ArrayList<>();
	private final List<PlantedDefect> planted = new ArrayList<>();
	private final Map<Integer, CandidatePool> pools = new HashMap<>();

	private DefectPlanter(LatticeSettings settings, LatticeGeometry geometry, SplittableRandom random) {
		this.settings = settings;
		this.geometry = geometry;
		this.random = random;
	}

	static Scene plan(LatticeSettings settings, LatticeGeometry geometry, SplittableRandom random) {
		DefectPlanter planter = new DefectPlanter(settings, geometry, random);
		planter.layOutLattice();
		for (DefectRequest request : settings.defects()) planter.plant(request);
		return planter.scene();
	}

	private void layOutLattice() {
		LatticeType type = settings.lattice();
		double reach = ColumnRenderer.reach(settings.columnSigma());
		int[] range = geometry.cellRange(settings.width(), settings.height(), reach);
		for (int v = range[2]; v <= range[3]; v++) {
			for (int u = range[0]; u <= range[1]; u++) {
				for (int s = 0; s < type.sublattices(); s++) {
					double[] b = type.basis(s);
					double[] p = geometry.toPixel(u + b[0], v + b[1]);
					if (!isWithin(p, -reach)) continue;
					double amplitude = settings.columnIntensity() * (s == 0 ? 1 : settings.sublatticeRatio());
					latticeSites.add(new Site(p[0], p[1], s, u, v, amplitude, isWithin(p, 0)));
				}
				for (double[] f : type.interstitialSites()) {
					double[] p = geometry.toPixel(u + f[0], v + f[1]);
					if (isWithin(p, margin()))
						interstitialCandidates.add(new Site(p[0], p[1], ColumnSite.INTERSTITIAL, u, v, 0, true));
				}
			}
		}
	}

	private double margin() {
		return settings.borderMargin() * settings.spacing();
	}

	/**
	 * True if p lies at least {@code inset} px inside the pixel-centre rectangle (negative: outside allowed), with a
	 * tolerance for rounding so that columns exactly on the edge count as inside.
	 */
	private boolean isWithin(double[] p, double inset) {
		double limit = inset - 1e-9;
		return p[0] >= limit && p[1] >= limit && p[0] <= settings.width() - 1 - limit && p[1] <= settings.height() - 1 - limit;
	}

	private void plant(DefectRequest request) {
		boolean interstitial = request.kind() == DefectKind.INTERSTITIAL;
		int poolKey = interstitial ? INTERSTITIAL_POOL : request.sublattice();
		CandidatePool pool = pools.computeIfAbsent(poolKey, k -> new CandidatePool(interstitial ? interstitialCandidates : eligibleSites(k), random));
		int wanted = request.resolveCount(eligibleSites(interstitial ? DefectRequest.ANY_SUBLATTICE : request.sublattice()).size());
		for (int n = 0; n < wanted; n++) {
			if (!plantOne(request, pool))
				throw new IllegalArgumentException("Could place only " + n + " of " + wanted + " " + request.kind() + " defects " + settings.minDefectSeparation()
					+ " spacings apart and " + settings.borderMargin() + " spacings from the border of a " + settings.width() + " x " + settings.height()
					+ " image (after " + (planted.size() - n) + " other defects). Ask for fewer defects, a smaller separation or a larger image.");
		}
	}

	private List<Site> eligibleSites(int sublattice) {
		List<Site> out = new ArrayList<>();
		for (Site s : latticeSites)
			if (s.inImage && isWithin(new double[] { s.x, s.y }, margin()) && (sublattice == DefectRequest.ANY_SUBLATTICE || s.sublattice == sublattice)) out.add(s);
		return out;
	}

	private boolean plantOne(DefectRequest request, CandidatePool pool) {
		Site site;
		while ((site = pool.next()) != null) {
			if (site.defect != DefectKind.NONE) continue;
			double[] position = { site.x, site.y };
			if (request.kind() == DefectKind.DISPLACEMENT) {
				double angle = 2 * Math.PI * random.nextDouble();
				double shift = request.magnitude() * settings.spacing();
				position = new double[] { site.x + shift * Math.cos(angle), site.y + shift * Math.sin(angle) };
			}
			if (!isWithin(position, margin()) || isNearPlantedDefect(position)) continue;
			apply(request, site, position);
			return true;
		}
		return false;
	}

	private boolean isNearPlantedDefect(double[] p) {
		double minDistance = settings.minDefectSeparation() * settings.spacing();
		for (PlantedDefect d : planted)
			if (Math.hypot(d.x() - p[0], d.y() - p[1]) < minDistance) return true;
		return false;
	}

	private void apply(DefectRequest request, Site site, double[] position) {
		site.defect = request.kind();
		switch (request.kind()) {
			case VACANCY -> site.amplitude = 0;
			case SUBSTITUTION -> site.amplitude *= request.magnitude();
			case DISPLACEMENT -> { site.columnX = position[0]; site.columnY = position[1]; }
			case INTERSTITIAL -> { site.amplitude = request.magnitude() * settings.columnIntensity(); interstitials.add(site); }
			case NONE -> throw new IllegalStateException();
		}
		planted.add(new PlantedDefect(request.kind(), position[0], position[1], request.intensityChange(), site.x, site.y, site.sublattice, request.magnitude()));
	}

	private Scene scene() {
		List<Column> columns = new ArrayList<>(), clean = new ArrayList<>();
		List<ColumnSite> sites = new ArrayList<>();
		for (Site s : latticeSites) {
			double intactAmplitude = settings.columnIntensity() * (s.sublattice == 0 ? 1 : settings.sublatticeRatio());
			clean.add(new Column(s.x, s.y, intactAmplitude));
			columns.add(new Column(s.columnX, s.columnY, s.amplitude));
			if (s.inImage) sites.add(new ColumnSite(s.x, s.y, s.sublattice, s.cellU, s.cellV, s.defect));
		}
		for (Site s : interstitials) {
			columns.add(new Column(s.x, s.y, s.amplitude));
			sites.add(new ColumnSite(s.x, s.y, ColumnSite.INTERSTITIAL, s.cellU, s.cellV, DefectKind.INTERSTITIAL));
		}
		return new Scene(List.copyOf(columns), List.copyOf(clean), List.copyOf(sites), List.copyOf(planted));
	}

	/**
	 * Candidates in a seeded random order. A candidate passed over once (taken, or too close to a planted defect) is
	 * never offered again, which is safe because defects are only ever added.
	 */
	private static final class CandidatePool {
		private final List<Site> order;
		private int cursor;

		CandidatePool(List<Site> candidates, SplittableRandom random) {
			order = new ArrayList<>(candidates);
			for (int i = order.size() - 1; i > 0; i--) {
				int j = random.nextInt(i + 1);
				Site t = order.get(i);
				order.set(i, order.get(j));
				order.set(j, t);
			}
		}

		Site next() {
			return cursor < order.size() ? order.get(cursor++) : null;
		}
	}
}
