package org.stemsift.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 2-D convolution that, while training, never lets oneDNN pad the output channels.
 * <p>
 * Why: in libtorch 2.7.1 (oneDNN 3.7) on this project's AMD Zen 5 machines, the direct JIT kernel for a
 * convolution's input gradient ({@code backward_data}, {@code jit:avx512_core} and {@code jit:avx2}) is wrong whenever
 * the number of output channels is not a multiple of the kernel's channel block (16 floats for AVX-512, 8 for AVX2):
 * it reads the padding of its blocked buffers uninitialised. At one thread the gradient was wrong but finite (an error
 * of the order of the gradient itself); at two threads it was often NaN, which is what turned training to NaN at
 * random. The forward pass and the weight gradient are right. Measured per shape in {@code ConvolutionGradientTest}
 * and described with a reproduction in docs/troubleshooting.md.
 * <p>
 * The cure: during training the filter bank is padded with constant zero filters to a multiple of 16 output channels,
 * the convolution runs unpadded inside oneDNN, and the extra channels are sliced off. The parameters keep their shape
 * (model files are unchanged), the result is the same convolution, and the cost is nil because oneDNN computes the
 * padded channels anyway. Inference (no gradient) uses the plain convolution, which is correct.
 */
final class PaddedChannelConv2d extends Conv2d {

	/** The widest channel block of oneDNN's f32 kernels on x86 (AVX-512: 16 floats); a multiple of AVX2's 8. */
	static final int CHANNEL_BLOCK = 16;

	private PaddedChannelConv2d(Conv2d.Builder builder) {
		super(builder);
	}

	/** A 3×3 convolution with {@code filters} outputs, the given stride and padding 1. */
	static PaddedChannelConv2d of3x3(int filters, int stride) {
		Conv2d.Builder b = Conv2d.builder().setKernelShape(new Shape(3, 3)).optStride(new Shape(stride, stride)).optPadding(new Shape(1, 1)).setFilters(filters);
		return new PaddedChannelConv2d(b);
	}

	@Override
	protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
		int missing = paddingChannels(filters);
		if (!training || missing == 0) return super.forwardInternal(store, inputs, training, params);
		NDArray input = inputs.singletonOrThrow();
		// every temporary lives in the batch's manager: made in the weights' manager, they would live as long as the model
		NDManager batch = input.getManager();
		Device device = input.getDevice();
		NDArray w = store.getValue(weight, device, true);
		NDArray paddedWeight = w.concat(batch.zeros(new Shape(missing, w.getShape().get(1), w.getShape().get(2), w.getShape().get(3)), w.getDataType(), device), 0);
		paddedWeight.attach(batch);
		NDArray paddedBias = null;
		if (includeBias) {
			NDArray b = store.getValue(bias, device, true);
			paddedBias = b.concat(batch.zeros(new Shape(missing), b.getDataType(), device), 0);
			paddedBias.attach(batch);
		}
		NDArray out = Conv2d.conv2d(input, paddedWeight, paddedBias, stride, padding, dilation, groups).singletonOrThrow();
		return new NDList(out.get(new NDIndex(":, 0:{}", filters)));
	}

	/** How many zero filters make {@code filters} a whole number of channel blocks. */
	static int paddingChannels(int filters) {
		return (CHANNEL_BLOCK - filters % CHANNEL_BLOCK) % CHANNEL_BLOCK;
	}
}
