package org.stemsift.learn;

/** Exact k-nearest-neighbour selection, shared by the embeddings. */
final class NearestNeighbours {

	private NearestNeighbours() {}

	/**
	 * Indices of the {@code k} smallest values, nearest first (equal values by index), with a bounded max-heap:
	 * O(n log k) without boxing, which matters when every one of thousands of rows needs its neighbours.
	 */
	static int[] smallest(double[] values, int k) {
		int[] heap = new int[k];
		int size = 0;
		for (int i = 0; i < values.length; i++) {
			if (size < k) {
				heap[size] = i;
				siftUp(heap, size++, values);
			} else if (before(i, heap[0], values)) {
				heap[0] = i;
				siftDown(heap, size, values);
			}
		}
		int[] sorted = new int[size];
		for (int m = size - 1; m >= 0; m--) {
			sorted[m] = heap[0];
			heap[0] = heap[--size];
			siftDown(heap, size, values);
		}
		return sorted;
	}

	/** True if index a comes before index b in nearest-first order. */
	private static boolean before(int a, int b, double[] values) {
		return values[a] < values[b] || (values[a] == values[b] && a < b);
	}

	private static void siftUp(int[] heap, int at, double[] values) {
		while (at > 0) {
			int parent = (at - 1) / 2;
			if (!before(heap[parent], heap[at], values)) return;
			int t = heap[parent]; heap[parent] = heap[at]; heap[at] = t;
			at = parent;
		}
	}

	private static void siftDown(int[] heap, int size, double[] values) {
		int at = 0;
		while (true) {
			int largest = at, left = 2 * at + 1, right = left + 1;
			if (left < size && before(heap[largest], heap[left], values)) largest = left;
			if (right < size && before(heap[largest], heap[right], values)) largest = right;
			if (largest == at) return;
			int t = heap[largest]; heap[largest] = heap[at]; heap[at] = t;
			at = largest;
		}
	}
}
