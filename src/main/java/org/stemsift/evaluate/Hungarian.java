package org.stemsift.evaluate;

import java.util.Arrays;

/**
 * Minimum-cost assignment for a rectangular cost matrix (Kuhn-Munkres with potentials and shortest augmenting paths,
 * O(n² m) for n rows &le; m columns). Every row of the smaller side is assigned.
 */
final class Hungarian {

	private Hungarian() {}

	/** {@code result[row]} = assigned column; with more rows than columns, unassigned rows get -1. */
	static int[] solve(double[][] cost) {
		int rows = cost.length, columns = rows == 0 ? 0 : cost[0].length;
		if (rows == 0 || columns == 0) {
			int[] none = new int[rows];
			Arrays.fill(none, -1);
			return none;
		}
		if (rows > columns) {
			double[][] transposed = new double[columns][rows];
			for (int i = 0; i < rows; i++)
				for (int j = 0; j < columns; j++) transposed[j][i] = cost[i][j];
			int[] byColumn = solve(transposed);
			int[] result = new int[rows];
			Arrays.fill(result, -1);
			for (int j = 0; j < columns; j++) result[byColumn[j]] = j;
			return result;
		}
		// 1-based arrays; column 0 is a virtual column used to start each augmentation
		double[] rowPotential = new double[rows + 1], columnPotential = new double[columns + 1];
		int[] rowOfColumn = new int[columns + 1], previousColumn = new int[columns + 1];
		for (int row = 1; row <= rows; row++) {
			rowOfColumn[0] = row;
			int column = 0;
			double[] slack = new double[columns + 1];
			Arrays.fill(slack, Double.POSITIVE_INFINITY);
			boolean[] visited = new boolean[columns + 1];
			do {
				visited[column] = true;
				int r = rowOfColumn[column], next = -1;
				double delta = Double.POSITIVE_INFINITY;
				for (int j = 1; j <= columns; j++) {
					if (visited[j]) continue;
					double reduced = cost[r - 1][j - 1] - rowPotential[r] - columnPotential[j];
					if (reduced < slack[j]) { slack[j] = reduced; previousColumn[j] = column; }
					if (slack[j] < delta) { delta = slack[j]; next = j; }
				}
				for (int j = 0; j <= columns; j++) {
					if (visited[j]) { rowPotential[rowOfColumn[j]] += delta; columnPotential[j] -= delta; }
					else slack[j] -= delta;
				}
				column = next;
			} while (rowOfColumn[column] != 0);
			do {
				int previous = previousColumn[column];
				rowOfColumn[column] = rowOfColumn[previous];
				column = previous;
			} while (column != 0);
		}
		int[] result = new int[rows];
		for (int j = 1; j <= columns; j++) if (rowOfColumn[j] != 0) result[rowOfColumn[j] - 1] = j - 1;
		return result;
	}
}
