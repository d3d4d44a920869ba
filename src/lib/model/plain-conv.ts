// Plain-array convolution for the small hand-set network: the reference the tfjs forward pass must match,
// and what renders a widget's default state at build time, where no tfjs runs.

/** Height × width × channels, row-major (NHWC without the batch). */
export interface FeatureMap {
	height: number;
	width: number;
	channels: number;
	data: Float32Array;
}

/** A convolution layer's weights: kernel size × size, HWIO order as tfjs expects, and one bias per output. */
export interface ConvLayer {
	size: number;
	inChannels: number;
	outChannels: number;
	kernel: Float32Array;
	bias: Float32Array;
}

export const kernelIndex = (layer: ConvLayer, row: number, column: number, input: number, output: number) =>
	((row * layer.size + column) * layer.inChannels + input) * layer.outChannels + output;

/** 'same'-padded, stride-1 convolution followed by ReLU. */
export function convRelu(input: FeatureMap, layer: ConvLayer): FeatureMap {
	const { height, width } = input;
	const { size, inChannels, outChannels, kernel, bias } = layer;
	if (input.channels !== inChannels) throw new Error(`expected ${inChannels} channels, got ${input.channels}`);
	const out = new Float32Array(height * width * outChannels);
	const pad = Math.floor((size - 1) / 2);
	const sums = new Float32Array(outChannels);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++) {
			sums.set(bias);
			for (let ky = 0; ky < size; ky++) {
				const iy = y + ky - pad;
				if (iy < 0 || iy >= height) continue;
				for (let kx = 0; kx < size; kx++) {
					const ix = x + kx - pad;
					if (ix < 0 || ix >= width) continue;
					const inBase = (iy * width + ix) * inChannels;
					const kBase = (ky * size + kx) * inChannels * outChannels;
					for (let c = 0; c < inChannels; c++) {
						const v = input.data[inBase + c];
						if (v === 0) continue;
						const k = kBase + c * outChannels;
						for (let o = 0; o < outChannels; o++) sums[o] += v * kernel[k + o];
					}
				}
			}
			const outBase = (y * width + x) * outChannels;
			for (let o = 0; o < outChannels; o++) out[outBase + o] = Math.max(0, sums[o]);
		}
	return { height, width, channels: outChannels, data: out };
}

/** 2×2 max pooling with stride 2. */
export function maxPool2(input: FeatureMap): FeatureMap {
	const height = Math.floor(input.height / 2);
	const width = Math.floor(input.width / 2);
	const { channels } = input;
	const out = new Float32Array(height * width * channels);
	for (let y = 0; y < height; y++)
		for (let x = 0; x < width; x++)
			for (let c = 0; c < channels; c++) {
				let best = -Infinity;
				for (let dy = 0; dy < 2; dy++)
					for (let dx = 0; dx < 2; dx++)
						best = Math.max(best, input.data[((2 * y + dy) * input.width + 2 * x + dx) * channels + c]);
				out[(y * width + x) * channels + c] = best;
			}
	return { height, width, channels, data: out };
}
