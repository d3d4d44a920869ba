// InceptionV1's layers from its input to mixed4a, as this project's architecture describes a network, so that
// the same arithmetic gives each layer's stride and receptive field in both (the paper's network at 224 px;
// layout and widths from the Lucid and Lucent ports). Only the geometry is used: no weights, no forward pass.
import { layerStride, receptiveField, type Architecture } from './architecture';

export const INCEPTION_V1_STEM: Architecture = {
	input: { size: 224, channels: 3 },
	layers: [
		{ name: 'conv2d0', type: 'conv', in: 3, out: 64, kernel: 7, stride: 2 },
		{ name: 'maxpool0', type: 'maxpool', kernel: 3, stride: 2 },
		{ name: 'conv2d1', type: 'conv', in: 64, out: 64, kernel: 1, stride: 1 },
		{ name: 'conv2d2', type: 'conv', in: 64, out: 192, kernel: 3, stride: 1 },
		{ name: 'maxpool1', type: 'maxpool', kernel: 3, stride: 2 },
		{ name: 'mixed3a', type: 'mixed', in: 192, b1: 64, b3r: 96, b3: 128, b5r: 16, b5: 32, pool: 32 },
		{ name: 'mixed3b', type: 'mixed', in: 256, b1: 128, b3r: 128, b3: 192, b5r: 32, b5: 96, pool: 64 },
		{ name: 'maxpool4', type: 'maxpool', kernel: 3, stride: 2 },
		{ name: 'mixed4a', type: 'mixed', in: 480, b1: 192, b3r: 96, b3: 204, b5r: 16, b5: 48, pool: 64 }
	]
};

/** Where a layer sits in its network, relative to the image: its stride and receptive field as shares of it. */
export interface LayerGeometry {
	layer: string;
	stride: number;
	receptiveField: number;
	/** stride ÷ image size, and receptive field ÷ image size */
	strideShare: number;
	fieldShare: number;
}

export function layerGeometry(architecture: Architecture, layer: string): LayerGeometry {
	const size = architecture.input.size;
	const stride = layerStride(architecture, layer);
	const field = receptiveField(architecture, layer);
	return { layer, stride, receptiveField: field, strideShare: stride / size, fieldShare: field / size };
}

const V1_LAYERS = ['conv2d2', 'mixed3a', 'mixed3b', 'mixed4a'];

/** InceptionV1's layer whose share of the image (by `by`) is nearest this one's, on a log scale. */
export function nearestInceptionV1(geometry: LayerGeometry, by: 'strideShare' | 'fieldShare'): LayerGeometry {
	const v1 = V1_LAYERS.map((l) => layerGeometry(INCEPTION_V1_STEM, l));
	const distance = (g: LayerGeometry) => Math.abs(Math.log(g[by] / geometry[by]));
	return v1.reduce((best, g) => (distance(g) < distance(best) ? g : best));
}
