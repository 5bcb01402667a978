// Minimal reproduction: libtorch 2.7.1 (oneDNN 3.7) computes a wrong input gradient for a 3x3 convolution whose number
// of output channels is not a multiple of 16 (seen on AMD EPYC Zen 5, AVX-512). Compares against direct summation.
//
//   mvn -q -DskipTests process-classes   # once, writes target/cli-classpath.txt
//   java -Dai.djl.offline=true -Dai.djl.pytorch.num_threads=2 -cp "$(cat target/cli-classpath.txt)" tools/repro/OnednnConvInputGradient.java
//
// Prints one line per output-channel count: the largest error of the input gradient relative to its largest value,
// and how many entries are NaN. Expected everywhere: errors about 1e-7 and no NaN. ONEDNN_VERBOSE=1 shows the kernel.
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.GradientCollector;

import java.util.Random;

public class OnednnConvInputGradient {

	public static void main(String[] args) {
		int n = 16, in = 64, size = 64;
		try (NDManager m = NDManager.newBaseManager()) {
			for (int out : new int[] { 1, 3, 8, 16, 20, 32 }) {
				Random r = new Random(1);
				float[] x = new float[n * in * size * size], w = new float[out * in * 9], g = new float[n * out * size * size];
				for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
				for (int i = 0; i < w.length; i++) w[i] = (float) (0.05 * r.nextGaussian());
				for (int i = 0; i < g.length; i++) g[i] = (float) r.nextGaussian();
				// stale memory full of NaN, as a long training leaves it: a kernel reading uninitialised padding shows it
				m.full(new Shape(16L * n * in * size * size), Float.NaN).close();
				NDArray input = m.create(x, new Shape(n, in, size, size));
				input.setRequiresGradient(true);
				NDArray weight = m.create(w, new Shape(out, in, 3, 3));
				try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
					NDArray y = Conv2d.conv2d(input, weight, null, new Shape(1, 1), new Shape(1, 1)).singletonOrThrow();
					c.backward(y.mul(m.create(g, y.getShape())).sum());
				}
				float[] dx = input.getGradient().toFloatArray();
				double[] exact = new double[dx.length];
				for (int b = 0; b < n; b++)
					for (int o = 0; o < out; o++)
						for (int oy = 0; oy < size; oy++)
							for (int ox = 0; ox < size; ox++) {
								double go = g[((b * out + o) * size + oy) * size + ox];
								for (int ci = 0; ci < in; ci++)
									for (int ky = 0; ky < 3; ky++)
										for (int kx = 0; kx < 3; kx++) {
											int iy = oy + ky - 1, ix = ox + kx - 1;
											if (iy >= 0 && ix >= 0 && iy < size && ix < size)
												exact[((b * in + ci) * size + iy) * size + ix] += go * w[((o * in + ci) * 3 + ky) * 3 + kx];
										}
							}
				double scale = 0, err = 0;
				int nan = 0;
				for (double v : exact) scale = Math.max(scale, Math.abs(v));
				for (int i = 0; i < dx.length; i++) {
					if (Float.isNaN(dx[i])) nan++;
					else err = Math.max(err, Math.abs(dx[i] - exact[i]) / scale);
				}
				System.out.printf("%2d output channels: input gradient max relative error %.2e, NaN entries %d%s%n", out, err, nan, err > 1e-4 || nan > 0 ? "   WRONG" : "");
			}
		}
	}
}
