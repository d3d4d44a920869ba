import { describe, expect, it } from 'vitest';
import { INCEPTION_V1_STEM, layerGeometry, nearestInceptionV1 } from './inception-v1-layout';

describe("InceptionV1's layers, measured by the same arithmetic as the network's", () => {
	it('gives the map sizes the paper’s network has at 224 px: 56 (conv2d2), 28 (mixed3a, mixed3b), 14 (mixed4a)', () => {
		const size = (layer: string) => 224 / layerGeometry(INCEPTION_V1_STEM, layer).stride;
		expect(['conv2d2', 'mixed3a', 'mixed3b', 'mixed4a'].map(size)).toEqual([56, 28, 28, 14]);
	});

	it('adds up the receptive field kernel by kernel: 7, then pools and 3×3 and 5×5 convolutions at each stride', () => {
		// conv2d0 7; maxpool0 +2·2 = 11; conv2d2 +2·4 = 19; maxpool1 +2·4 = 27; mixed3a +4·8 = 59; mixed3b +4·8 = 91;
		// maxpool4 +2·8 = 107; mixed4a +4·16 = 171
		const field = (layer: string) => layerGeometry(INCEPTION_V1_STEM, layer).receptiveField;
		expect(['conv2d2', 'mixed3a', 'mixed3b', 'mixed4a'].map(field)).toEqual([19, 59, 91, 171]);
	});

	it('finds the nearest layer by share of the image, on a log scale', () => {
		const own = { layer: 'x', stride: 4, receptiveField: 26, strideShare: 4 / 64, fieldShare: 26 / 64 };
		expect(nearestInceptionV1(own, 'fieldShare').layer).toBe('mixed3b');
		expect(nearestInceptionV1({ ...own, strideShare: 1 / 28 }, 'strideShare').layer).toBe('mixed3a');
	});
});
