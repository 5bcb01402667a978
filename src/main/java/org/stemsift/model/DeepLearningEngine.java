package org.stemsift.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Starts DJL's PyTorch engine the way STEMsift needs it, once per JVM: offline (the CPU natives ship in a jar; nothing
 * is ever downloaded), with a settable number of threads, on a GPU when the engine reports one unless the CPU is forced.
 */
public final class DeepLearningEngine {

	private static final String ENGINE = "PyTorch";
	private static volatile boolean started;
	private static volatile boolean forceCpu = Boolean.getBoolean("stemsift.cpu");

	private DeepLearningEngine() {}

	/**
	 * Sets the number of CPU threads PyTorch uses for one operation; 0 means all cores. Takes effect at once, also
	 * after the engine started (this build of libtorch uses OpenMP, whose pool size can change between operations).
	 */
	public static synchronized void setThreads(int threads) {
		if (threads < 0) throw new IllegalArgumentException("Thread count must be 0 (automatic) or positive, got " + threads);
		if (started) JniUtils.setNumThreads(threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
		else if (threads == 0) {
			System.clearProperty("ai.djl.pytorch.num_threads");
			System.clearProperty("ai.djl.pytorch.num_interop_threads");
		}
		else {
			System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
			System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
		}
	}

	/** The number of threads PyTorch uses for one operation now. */
	public static synchronized int threads() {
		engine();
		return JniUtils.getNumThreads();
	}

	/** Forces computation onto the CPU even where a GPU is present. */
	public static void setForceCpu(boolean cpu) {
		forceCpu = cpu;
	}

	/** The engine, started offline on first use. */
	public static synchronized Engine engine() {
		if (!started) {
			System.setProperty("ai.djl.offline", "true");
			// Natives ship inside pytorch-native-cpu; without this DJL may probe for a CUDA build to download.
			if (System.getProperty("PYTORCH_FLAVOR") == null && System.getenv("PYTORCH_FLAVOR") == null && System.getenv("PYTORCH_LIBRARY_PATH") == null)
				System.setProperty("PYTORCH_FLAVOR", "cpu");
			ClassLoader previous = Thread.currentThread().getContextClassLoader();
			// Inside Fiji the context loader may not see our jars; DJL finds the native jar through it.
			Thread.currentThread().setContextClassLoader(DeepLearningEngine.class.getClassLoader());
			try {
				Engine engine = Engine.getEngine(ENGINE);
				started = true;
				return engine;
			}
			catch (RuntimeException | UnsatisfiedLinkError e) {
				throw new IllegalStateException("Could not start the PyTorch engine: " + e.getMessage()
					+ ". STEMsift needs the pytorch-native-cpu jar for this platform next to its own jar (Fiji: jars/<platform>/).", e);
			}
			finally {
				Thread.currentThread().setContextClassLoader(previous);
			}
		}
		return Engine.getEngine(ENGINE);
	}

	/** The device models run on: the first GPU when present and not forced off, else the CPU. */
	public static Device device() {
		Engine engine = engine();
		return !forceCpu && engine.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
	}

	/**
	 * One line for logs, reports and model files: engine, version, device, threads and the CPU capability in use, so
	 * that a result says which code path computed it.
	 */
	public static String describe() {
		Engine engine = engine();
		return "PyTorch " + engine.getVersion() + " on " + device() + " (GPUs: " + engine.getGpuCount() + ", threads: " + threads() + ", CPU: " + CpuCapability.describe() + ")";
	}

	public static void seed(long seed) {
		engine().setRandomSeed((int) (seed ^ (seed >>> 32)));
	}
}
