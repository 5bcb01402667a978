package org.stemsift.learn;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/**
 * Rows of the kernel matrix {@code Q_ij = K(x_i, x_j)} as the SMO solver asks for them, stored as floats like
 * LIBSVM's {@code Qfloat}.
 * <p>
 * Why two strategies: a one-class SVM on the sites of one image is fitted many times with the same kernel (once per ν
 * of the scan), so when the whole matrix fits in memory (by default up to 1 GiB, about 16,000 samples) every row is
 * kept once computed and shared by all fits, which may run in parallel. Rows are computed on first use only: SMO
 * touches the rows of the support vectors and few others, a small part of the matrix when ν is small. Larger sets fall
 * back to an LRU cache of rows, as LIBSVM does; such an instance must then be used by one fit at a time.
 */
public abstract sealed class KernelRows permits KernelRows.Stored, KernelRows.Cached {

	/** Largest full matrix, in bytes, that is kept. */
	public static final long DEFAULT_DENSE_LIMIT = 1L << 30;

	final RbfKernel kernel;
	final double[] diagonal;

	KernelRows(RbfKernel kernel) {
		this.kernel = kernel;
		this.diagonal = new double[kernel.size()];
		for (int i = 0; i < diagonal.length; i++) diagonal[i] = kernel.value(i, i);
	}

	/** Every row kept when the full matrix fits in {@code denseLimitBytes}, else a row cache of that size. */
	public static KernelRows of(RbfKernel kernel, long denseLimitBytes) {
		long bytes = 4L * kernel.size() * kernel.size();
		return bytes <= denseLimitBytes ? new Stored(kernel) : new Cached(kernel, Math.max(2, (int) (denseLimitBytes / (4L * kernel.size()))));
	}

	public static KernelRows of(RbfKernel kernel) {
		return of(kernel, DEFAULT_DENSE_LIMIT);
	}

	public int size() { return diagonal.length; }

	public RbfKernel kernel() { return kernel; }

	public double diagonal(int i) { return diagonal[i]; }

	/** Row i; callers must not modify it and must not keep it across calls on a {@link Cached} instance. */
	public abstract float[] row(int i);

	/** Whether several solvers may read rows at the same time. */
	public abstract boolean isShareable();

	/** Every row computed at most once (two threads may race to compute one; the first result is kept) and kept. */
	static final class Stored extends KernelRows {
		private final AtomicReferenceArray<float[]> rows;

		Stored(RbfKernel kernel) {
			super(kernel);
			rows = new AtomicReferenceArray<>(kernel.size());
		}

		@Override
		public float[] row(int i) {
			float[] r = rows.get(i);
			if (r != null) return r;
			float[] fresh = new float[size()];
			kernel.row(i, fresh, 0, fresh.length);
			return rows.compareAndSet(i, null, fresh) ? fresh : rows.get(i);
		}

		@Override
		public boolean isShareable() { return true; }
	}

	/** Least-recently-used rows, computed on demand. */
	static final class Cached extends KernelRows {
		private final Map<Integer, float[]> cache;
		private float[] spare;

		Cached(RbfKernel kernel, int capacity) {
			super(kernel);
			cache = new LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<Integer, float[]> eldest) {
					if (size() <= capacity) return false;
					spare = eldest.getValue();
					return true;
				}
			};
		}

		@Override
		public float[] row(int i) {
			float[] r = cache.get(i);
			if (r != null) return r;
			float[] fresh = spare != null ? spare : new float[size()];
			spare = null;
			int n = size(), chunks = Math.max(1, Math.min(8, n / 2048));
			IntStream.range(0, chunks).parallel().forEach(c -> kernel.row(i, fresh, c * n / chunks, (c + 1) * n / chunks));
			cache.put(i, fresh);
			return fresh;
		}

		@Override
		public boolean isShareable() { return false; }
	}
}
