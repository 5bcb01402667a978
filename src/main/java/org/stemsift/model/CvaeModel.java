package org.stemsift.model;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import ai.djl.MalformedModelException;

/**
 * A convolutional VAE with its description: reconstructs and encodes batches of preprocessed patches. Not thread-safe;
 * close it to free native memory.
 */
public final class CvaeModel implements AutoCloseable {

	/** Patches per forward pass at inference: large enough to keep the CPU busy, small enough for modest memory. */
	static final int INFERENCE_BATCH = 32;

	private final Model model;
	private final CvaeBlock block;
	private ModelDescription description;

	private CvaeModel(CvaeArchitecture architecture, ModelDescription description) {
		this.block = new CvaeBlock(architecture);
		this.model = Model.newInstance("stemsift-cvae", DeepLearningEngine.device(), "PyTorch");
		model.setBlock(block);
		this.description = description;
	}

	/** A new, randomly initialised network (seeded through {@link DeepLearningEngine#seed}). */
	public static CvaeModel create(CvaeArchitecture architecture, Preprocessing preprocessing) {
		CvaeModel m = new CvaeModel(architecture, describe(architecture, preprocessing, null, null));
		m.block.initialize(m.model.getNDManager(), DataType.FLOAT32, inputShape(architecture, 1));
		return m;
	}

	static CvaeModel fromParameters(ModelDescription description, byte[] parameters) throws MalformedModelException {
		CvaeModel m = new CvaeModel(description.architecture().toCvae(), description);
		try {
			m.loadParameters(parameters);
			return m;
		}
		catch (IOException | RuntimeException e) {
			m.close();
			throw new MalformedModelException("the weights do not match the described network (" + e.getMessage() + ")", e);
		}
	}

	static ModelDescription describe(CvaeArchitecture a, Preprocessing p, ModelDescription.TrainingInfo training, ModelDescription.BulkStatistics bulk) {
		return new ModelDescription(ModelDescription.CVAE_KIND, ModelDescription.FORMAT_VERSION, org.stemsift.Version.get(), java.time.Instant.now().toString(),
			ModelDescription.Architecture.of(a), new ModelDescription.PreprocessingInfo(p.blurSigma(), "patch-max"), training, bulk);
	}

	static Shape inputShape(CvaeArchitecture a, int n) {
		return new Shape(n, 1, a.patchSize(), a.patchSize());
	}

	public CvaeArchitecture architecture() { return block.architecture(); }

	public int patchSize() { return block.architecture().patchSize(); }

	public Preprocessing preprocessing() { return description.toPreprocessing(); }

	public ModelDescription description() { return description; }

	void setDescription(ModelDescription d) { this.description = d; }

	/** Records the statistics of bulk patches measured with this model (kept in the model file). */
	public void setBulkStatistics(ModelDescription.BulkStatistics bulk) {
		ModelDescription d = description;
		description = new ModelDescription(d.kind(), d.formatVersion(), d.stemsiftVersion(), d.created(), d.architecture(), d.preprocessing(), d.training(), bulk);
	}

	Model djlModel() { return model; }

	CvaeBlock block() { return block; }

	/**
	 * Reconstructs {@code n} preprocessed patches (flat, each patchSize² values in [0, 1]) from their latent means;
	 * returns the sigmoid outputs in the same layout.
	 */
	public float[] reconstruct(float[] patches, int n) {
		return run(patches, n, true);
	}

	/** Latent means of {@code n} preprocessed patches, n × latentDim values. */
	public float[] encode(float[] patches, int n) {
		return run(patches, n, false);
	}

	private float[] run(float[] patches, int n, boolean reconstruct) {
		int pp = patchSize() * patchSize();
		if (patches.length < (long) n * pp) throw new IllegalArgumentException("Expected " + n + " patches of " + pp + " values");
		int outPer = reconstruct ? pp : architecture().latentDim();
		float[] out = new float[n * outPer];
		for (int start = 0; start < n; start += INFERENCE_BATCH) {
			int count = Math.min(INFERENCE_BATCH, n - start);
			try (NDManager batch = model.getNDManager().newSubManager()) {
				float[] chunk = new float[count * pp];
				System.arraycopy(patches, start * pp, chunk, 0, chunk.length);
				NDArray x = batch.create(chunk, inputShape(architecture(), count));
				ParameterStore store = new ParameterStore(batch, false);
				NDArray result = reconstruct ? block.forward(store, new NDList(x), false).get(0).getNDArrayInternal().sigmoid() : block.encodeMean(store, x);
				float[] values = result.toFloatArray();
				requireFinite(values, start, count, outPer, reconstruct);
				System.arraycopy(values, 0, out, start * outPer, count * outPer);
			}
		}
		return out;
	}

	/** Never hand NaN on: a map or table built from it would look like a result. */
	private void requireFinite(float[] values, int start, int count, int outPer, boolean reconstruct) {
		for (int i = 0; i < values.length; i++)
			if (!Float.isFinite(values[i])) {
				int patch = start + i / outPer;
				throw new IllegalStateException("The network's " + (reconstruct ? "reconstruction" : "latent code") + " of patch " + patch + " (batch " + start + ".." + (start + count - 1)
					+ ") is " + values[i] + ": nothing was written. The model's weights or this input are broken; retrain the model, and if that happens again "
					+ "report this line: " + DeepLearningEngine.describe());
			}
	}

	/** True when every weight and statistic of the network is finite. */
	boolean parametersFinite() {
		return firstNonFiniteParameter() == null;
	}

	/** "name holds NaN" for the first parameter with a non-finite value, or null. */
	private String firstNonFiniteParameter() {
		for (var p : block.getParameters())
			for (float v : p.getValue().getArray().toFloatArray())
				if (!Float.isFinite(v)) return "weight '" + p.getKey() + "' holds " + v;
		return null;
	}

	byte[] saveParameters() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			block.saveParameters(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** Loads saved weights, checking that every array has the shape the described network expects. */
	void loadParameters(byte[] parameters) throws IOException, MalformedModelException {
		if (!block.isInitialized()) block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(architecture(), 1));
		java.util.Map<String, Shape> expected = new java.util.LinkedHashMap<>();
		block.getParameters().forEach(p -> expected.put(p.getKey(), p.getValue().getArray().getShape()));
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
			block.loadParameters(model.getNDManager(), in);
			if (in.available() > 0) throw new MalformedModelException(in.available() + " unexpected bytes after the weights");
		}
		for (var p : block.getParameters()) {
			Shape actual = p.getValue().getArray().getShape();
			if (!actual.equals(expected.get(p.getKey())))
				throw new MalformedModelException("weight '" + p.getKey() + "' has shape " + actual + " where the network needs " + expected.get(p.getKey()));
		}
		String nonFinite = firstNonFiniteParameter();
		if (nonFinite != null) throw new MalformedModelException(nonFinite + " (it was saved from a training that went wrong): retrain the model");
	}

	@Override
	public void close() {
		model.close();
	}
}
