package org.stemsift.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores detected defect positions against ground truth: a detection within {@code radius} of a true defect is a true
 * positive, but each detection and each true defect counts at most once.
 * <p>
 * The one-to-one assignment is optimal: among all assignments it has the most pairs and, among those, the smallest
 * total distance (a greedy nearest-first pass can pair badly when two detections compete for one defect). Only points
 * within {@code radius} of each other can pair, so the problem splits into small connected clusters, each solved with
 * the Hungarian algorithm; a pathological cluster of more than {@value #MAX_OPTIMAL_CLUSTER} points on both sides falls
 * back to greedy nearest-first matching to bound the run time.
 */
public final class DefectMatcher {

	/** Default matching radius as a fraction of the lattice spacing: well inside half the distance to the next column. */
	public static final double DEFAULT_RADIUS_IN_SPACINGS = 0.35;

	static final int MAX_OPTIMAL_CLUSTER = 1500;

	private final double radius;

	public DefectMatcher(double radius) {
		if (!(radius > 0) || !Double.isFinite(radius)) throw new IllegalArgumentException("Matching radius must be a positive number of pixels, got " + radius);
		this.radius = radius;
	}

	/** A matcher with radius {@code 0.35 * spacing}. */
	public static DefectMatcher forSpacing(double spacing) {
		return new DefectMatcher(DEFAULT_RADIUS_IN_SPACINGS * spacing);
	}

	public double radius() { return radius; }

	public MatchResult match(List<PointXY> detected, List<PointXY> truth) {
		int nd = detected.size(), nt = truth.size();
		List<int[]> edges = edgesWithinRadius(detected, truth);
		UnionFind clusters = new UnionFind(nd + nt);
		for (int[] e : edges) clusters.union(e[0], nd + e[1]);

		Map<Integer, List<int[]>> edgesByCluster = new LinkedHashMap<>();
		for (int[] e : edges) edgesByCluster.computeIfAbsent(clusters.find(e[0]), k -> new ArrayList<>()).add(e);

		List<MatchedPair> pairs = new ArrayList<>();
		for (List<int[]> clusterEdges : edgesByCluster.values()) pairs.addAll(matchCluster(clusterEdges, detected, truth));
		pairs.sort(Comparator.comparingInt(MatchedPair::detectedIndex));

		boolean[] detectionMatched = new boolean[nd], truthMatched = new boolean[nt];
		double errorSum = 0;
		for (MatchedPair p : pairs) {
			detectionMatched[p.detectedIndex()] = true;
			truthMatched[p.truthIndex()] = true;
			errorSum += p.distance();
		}
		List<Integer> unmatchedDetections = new ArrayList<>(), unmatchedTruth = new ArrayList<>();
		for (int i = 0; i < nd; i++) if (!detectionMatched[i]) unmatchedDetections.add(i);
		for (int i = 0; i < nt; i++) if (!truthMatched[i]) unmatchedTruth.add(i);
		double meanError = pairs.isEmpty() ? Double.NaN : errorSum / pairs.size();
		return new MatchResult(pairs.size(), unmatchedDetections.size(), unmatchedTruth.size(), pairs, meanError, unmatchedDetections, unmatchedTruth);
	}

	/** All (detected, truth) index pairs closer than the radius, found through a grid of radius-sized cells. */
	private List<int[]> edgesWithinRadius(List<PointXY> detected, List<PointXY> truth) {
		Map<Long, List<Integer>> grid = new HashMap<>();
		for (int t = 0; t < truth.size(); t++) grid.computeIfAbsent(cellKey(cell(truth.get(t).x()), cell(truth.get(t).y())), k -> new ArrayList<>()).add(t);
		List<int[]> edges = new ArrayList<>();
		for (int d = 0; d < detected.size(); d++) {
			PointXY p = detected.get(d);
			long cx = cell(p.x()), cy = cell(p.y());
			for (long gy = cy - 1; gy <= cy + 1; gy++) {
				for (long gx = cx - 1; gx <= cx + 1; gx++) {
					for (int t : grid.getOrDefault(cellKey(gx, gy), List.of()))
						if (p.distance(truth.get(t)) <= radius) edges.add(new int[] { d, t });
				}
			}
		}
		return edges;
	}

	private long cell(double coordinate) {
		return (long) Math.floor(coordinate / radius);
	}

	private static long cellKey(long cx, long cy) {
		return cx * 0x1F1F1F1FL + cy;
	}

	private List<MatchedPair> matchCluster(List<int[]> edges, List<PointXY> detected, List<PointXY> truth) {
		Map<Integer, Integer> rowOf = new LinkedHashMap<>(), columnOf = new LinkedHashMap<>();
		for (int[] e : edges) {
			rowOf.putIfAbsent(e[0], rowOf.size());
			columnOf.putIfAbsent(e[1], columnOf.size());
		}
		if (Math.min(rowOf.size(), columnOf.size()) > MAX_OPTIMAL_CLUSTER) return matchGreedily(edges, detected, truth);
		int[] detectedOfRow = rowOf.keySet().stream().mapToInt(Integer::intValue).toArray();
		int[] truthOfColumn = columnOf.keySet().stream().mapToInt(Integer::intValue).toArray();
		// pairs beyond the radius cost more than any set of real pairs, so the optimum maximises the number of real pairs
		double forbidden = radius * (Math.min(detectedOfRow.length, truthOfColumn.length) + 1) + 1;
		double[][] cost = new double[detectedOfRow.length][truthOfColumn.length];
		for (double[] row : cost) java.util.Arrays.fill(row, forbidden);
		for (int[] e : edges) cost[rowOf.get(e[0])][columnOf.get(e[1])] = detected.get(e[0]).distance(truth.get(e[1]));
		int[] assignment = Hungarian.solve(cost);
		List<MatchedPair> pairs = new ArrayList<>();
		for (int row = 0; row < assignment.length; row++) {
			int column = assignment[row];
			if (column >= 0 && cost[row][column] < forbidden)
				pairs.add(new MatchedPair(detectedOfRow[row], truthOfColumn[column], cost[row][column]));
		}
		return pairs;
	}

	private static List<MatchedPair> matchGreedily(List<int[]> edges, List<PointXY> detected, List<PointXY> truth) {
		List<MatchedPair> candidates = new ArrayList<>();
		for (int[] e : edges) candidates.add(new MatchedPair(e[0], e[1], detected.get(e[0]).distance(truth.get(e[1]))));
		candidates.sort(Comparator.comparingDouble(MatchedPair::distance));
		java.util.Set<Integer> usedDetections = new java.util.HashSet<>(), usedTruth = new java.util.HashSet<>();
		List<MatchedPair> pairs = new ArrayList<>();
		for (MatchedPair c : candidates)
			if (!usedDetections.contains(c.detectedIndex()) && !usedTruth.contains(c.truthIndex())) {
				usedDetections.add(c.detectedIndex());
				usedTruth.add(c.truthIndex());
				pairs.add(c);
			}
		return pairs;
	}

	private static final class UnionFind {
		private final int[] parent;

		UnionFind(int n) {
			parent = new int[n];
			for (int i = 0; i < n; i++) parent[i] = i;
		}

		int find(int i) {
			while (parent[i] != i) {
				parent[i] = parent[parent[i]];
				i = parent[i];
			}
			return i;
		}

		void union(int a, int b) {
			parent[find(a)] = find(b);
		}
	}
}
