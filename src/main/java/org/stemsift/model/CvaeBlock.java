package org.stemsift.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The convolutional VAE as one DJL block. Input (N, 1, P, P) in [0, 1]; output {@code [logits, mean, logVariance]}.
 * In training the latent code is sampled by the reparameterisation trick; otherwise the mean is decoded, so inference
 * is deterministic.
 */
final class CvaeBlock extends AbstractBlock {

	private final CvaeArchitecture architecture;
	private final Block encoder;
	private final Block meanHead;
	private final Block logVarianceHead;
	private final Block decoder;

	CvaeBlock(CvaeArchitecture architecture) {
		this.architecture = architecture;
		encoder = addChildBlock("encoder", buildEncoder(architecture));
		meanHead = addChildBlock("mean", Linear.builder().setUnits(architecture.latentDim()).build());
		logVarianceHead = addChildBlock("logVariance", Linear.builder().setUnits(architecture.latentDim()).build());
		decoder = addChildBlock("decoder", buildDecoder(architecture));
	}

	CvaeArchitecture architecture() {
		return architecture;
	}

	private static Block buildEncoder(CvaeArchitecture a) {
		SequentialBlock encoder = new SequentialBlock();
		for (int channels : a.encoderChannels()) {
			encoder.add(conv(channels, 2));
			if (a.batchNorm()) encoder.add(BatchNorm.builder().build());
			encoder.add(Activation.reluBlock());
		}
		return encoder.add(Blocks.batchFlattenBlock());
	}

	private static Block buildDecoder(CvaeArchitecture a) {
		int start = a.decoderStartSize();
		int base = a.decoderBaseChannels();
		SequentialBlock decoder = new SequentialBlock();
		decoder.add(Linear.builder().setUnits((long) start * start * base).build()).add(Activation.reluBlock());
		decoder.add(new LambdaBlock(list -> new NDList(list.singletonOrThrow().reshape(-1, base, start, start)), "toFeatureMap"));
		for (int channels : a.decoderChannels()) {
			decoder.add(new LambdaBlock(list -> new NDList(upsampleNearest2x(list.singletonOrThrow())), "upsample2x"));
			decoder.add(conv(channels, 1));
			if (a.batchNorm()) decoder.add(BatchNorm.builder().build());
			decoder.add(Activation.reluBlock());
		}
		return decoder.add(conv(1, 1));
	}

	/** 3×3, padding 1; see {@link PaddedChannelConv2d} for why not DJL's Conv2d as it is. */
	private static Conv2d conv(int channels, int stride) {
		return PaddedChannelConv2d.of3x3(channels, stride);
	}

	/** Nearest-neighbour ×2 upsampling of (N, C, H, W) with reshapes and a broadcast, which every engine differentiates. */
	static NDArray upsampleNearest2x(NDArray x) {
		Shape s = x.getShape();
		long n = s.get(0), c = s.get(1), h = s.get(2), w = s.get(3);
		return x.reshape(n, c, h, 1, w, 1).broadcast(new Shape(n, c, h, 2, w, 2)).reshape(n, c, h * 2, w * 2);
	}

	@Override
	protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
		NDArray features = encoder.forward(store, inputs, training).singletonOrThrow();
		NDArray mean = meanHead.forward(store, new NDList(features), training).singletonOrThrow();
		NDArray logVariance = logVarianceHead.forward(store, new NDList(features), training).singletonOrThrow();
		NDArray z = mean;
		if (training) {
			NDArray eps = mean.getManager().randomNormal(mean.getShape(), mean.getDataType());
			z = mean.add(logVariance.mul(Scalars.of(logVariance, 0.5f)).exp().mul(eps));
		}
		NDArray logits = decoder.forward(store, new NDList(z), training).singletonOrThrow();
		return new NDList(logits, mean, logVariance);
	}

	/** Encodes only: the latent mean of each input patch. */
	NDArray encodeMean(ParameterStore store, NDArray input) {
		NDArray features = encoder.forward(store, new NDList(input), false).singletonOrThrow();
		return meanHead.forward(store, new NDList(features), false).singletonOrThrow();
	}

	@Override
	public Shape[] getOutputShapes(Shape[] inputShapes) {
		long n = inputShapes[0].get(0);
		int p = architecture.patchSize();
		Shape latent = new Shape(n, architecture.latentDim());
		return new Shape[] { new Shape(n, 1, p, p), latent, latent };
	}

	@Override
	protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
		encoder.initialize(manager, dataType, inputShapes);
		Shape features = encoder.getOutputShapes(inputShapes)[0];
		meanHead.initialize(manager, dataType, features);
		logVarianceHead.initialize(manager, dataType, features);
		decoder.initialize(manager, dataType, new Shape(inputShapes[0].get(0), architecture.latentDim()));
	}
}
