// The dog heads the analysis measures with, as RGB images the trained network reads: facing right, its
// mirror image facing left, and a chimera with a snout at each end; and the seeds analysis scenes use.
import { Raster } from '../world/raster';
import { Rng } from '../world/rng';
import { drawBackground, IMAGE_SIZE } from '../world/scenes';
import { drawDogHead, NORMAL_HEAD, TRAINING_STYLE, type HeadParts } from '../world/heads';
import type { DrawingStyle } from '../world/placement';

/** What a head looks like to the analysis: facing right, its mirror image facing left, and a chimera. */
export interface HeadSet {
	right: Float32Array;
	left: Float32Array;
	/** the same head with a snout at each end: the parts of both facings at once */
	chimera: Float32Array;
}

/** A head with the parts of both facings: a snout on either side, the rest as a right-facing head. */
export const BOTH_WAYS: HeadParts = { ...NORMAL_HEAD, snouts: [1, -1] };

function drawHead(seed: number, style: DrawingStyle, parts: HeadParts): Raster {
	const rng = new Rng(seed);
	const img = new Raster(IMAGE_SIZE);
	drawBackground(img, rng);
	if (rng.chance(0.65)) img.blur(rng.int(1, 3), 2);
	drawDogHead(
		img,
		rng,
		{ cx: IMAGE_SIZE / 2, cy: IMAGE_SIZE / 2, scale: rng.uniform(0.8, 1.2), facing: 1, style },
		parts
	);
	img.clamp();
	return img;
}

/**
 * A dog head from a seed the training never drew, centred in the image on a world background; its
 * mirror image; and the same head as a chimera. The same seed draws the same coat and background.
 */
export function headSet(seed: number, style: DrawingStyle = TRAINING_STYLE): HeadSet {
	return { ...headPair(seed, style), chimera: drawHead(seed, style, BOTH_WAYS).data };
}

/** The head facing right and its mirror image facing left, without the chimera. */
export function headPair(seed: number, style: DrawingStyle = TRAINING_STYLE): Omit<HeadSet, 'chimera'> {
	const right = drawHead(seed, style, NORMAL_HEAD);
	const left = new Raster(IMAGE_SIZE);
	left.data.set(right.data);
	left.flipHorizontal();
	return { right: right.data, left: left.data };
}

/** Seeds for analysis scenes, far from the training and held-out splits' seeds. */
export const analysisSeed = (index: number) => (0x5eed0000 + index * 104729) >>> 0;
