import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLASSES, datasetScene, IMAGE_SIZE, renderScene } from './scenes';
import { HELDOUT_STYLE } from './heads';
import { boxParts, circlePart, partPoints, polygonParts, type DrawnPart } from './parts';
import { box, polygon } from './sdf';
import { curveGeometry, defaultCurve } from './stimuli';
import { angleDifference } from './geometry';
import { median } from '../measure/measures';

/** How much the image changes at a pixel: the largest step to a neighbour, over the channels. */
function edgeStrength(image: Float32Array, x: number, y: number): number {
	const at = (px: number, py: number, c: number) =>
		image[(Math.min(IMAGE_SIZE - 1, Math.max(0, py)) * IMAGE_SIZE + Math.min(IMAGE_SIZE - 1, Math.max(0, px))) * 3 + c];
	let most = 0;
	for (let c = 0; c < 3; c++)
		for (const [dx, dy] of [
			[1, 0],
			[0, 1],
			[-1, 0],
			[0, -1]
		])
			most = Math.max(most, Math.abs(at(x + dx, y + dy, c) - at(x, y, c)));
	return most;
}

describe('where the world drew its parts', () => {
	it('drawing with a record changes no pixel of any scene, and the scenes are the ones the networks learned from', () => {
		const digest = createHash('sha256');
		for (const split of [0, 1, 3])
			for (let i = 0; i < 400; i++) {
				const plain = datasetScene(split, i);
				if (i % 20 === 0) expect(datasetScene(split, i, undefined, undefined, true).image).toEqual(plain.image);
				digest.update(Buffer.from(plain.image.buffer));
			}
		for (let i = 0; i < 100; i++) digest.update(Buffer.from(datasetScene(2, i, HELDOUT_STYLE).image.buffer));
		// the digest of these scenes as they were when the shipped networks were trained
		expect(digest.digest('hex')).toBe('ead1daa1d899e8f477eb04253a6f073b5a45533637077704c32cb5c703b41739');
	}, 120_000);

	it.each(CLASSES.map((name) => ({ name })))('a $name scene records parts that lie on its drawn edges', ({ name }) => {
		// the object is drawn last but for a stroke or two of clutter, so its parts mostly show: where it drew them the
		// picture changes far more than on average
		const ratios = Array.from({ length: 12 }, (_, k) => {
			const scene = renderScene(1000 + k, name, undefined, true);
			const own = scene.parts!.filter((p) => p.owner === name);
			expect(own.length).toBeGreaterThan(0);
			const points = own
				.flatMap((p) => partPoints(p, 1))
				.filter((p) => p.x >= 0 && p.y >= 0 && p.x < IMAGE_SIZE && p.y < IMAGE_SIZE);
			const onParts = median(points.map((p) => edgeStrength(scene.image, Math.floor(p.x), Math.floor(p.y))));
			let everywhere = 0;
			for (let y = 0; y < IMAGE_SIZE; y++)
				for (let x = 0; x < IMAGE_SIZE; x++) everywhere += edgeStrength(scene.image, x, y) / IMAGE_SIZE ** 2;
			return onParts / everywhere;
		});
		expect(median(ratios)).toBeGreaterThan(1.5);
	});

	it('names an arc by the way it opens as the curve stimuli do: towards its centre of curvature, y up', () => {
		for (const angle of [0, 45, 90, 200, 315]) {
			const g = curveGeometry({ ...defaultCurve, angle });
			// the stimulus's arc passes through the image centre; its circle's centre is at g.centre (y up)
			const [cx, cy] = [IMAGE_SIZE / 2 + g.centre!.x, IMAGE_SIZE / 2 - g.centre!.y];
			const mid = Math.atan2(IMAGE_SIZE / 2 - cy, IMAGE_SIZE / 2 - cx);
			const drawn: DrawnPart = {
				owner: 'test',
				name: 'arc',
				part: { kind: 'arc', cx, cy, r: defaultCurve.radius, mid, half: 0.01 }
			};
			const middle = partPoints(drawn)[1];
			expect(Math.hypot(middle.x - IMAGE_SIZE / 2, middle.y - IMAGE_SIZE / 2)).toBeLessThan(0.2);
			expect(Math.abs(angleDifference(middle.opening!, angle))).toBeLessThan(1);
			expect(middle.radius).toBe(defaultCurve.radius);
		}
	});

	it('reads a circle drawn as an ellipse the same as a circle, and a filled shape’s inside towards its middle', () => {
		const ellipse = partPoints({
			owner: 't',
			name: 'e',
			part: { kind: 'ellipse', cx: 20, cy: 30, rx: 5, ry: 5, angle: 0.3 },
			inside: { x: 20, y: 30 }
		});
		for (const p of ellipse) {
			expect(p.radius).toBeCloseTo(5, 6);
			expect(Math.hypot(p.x - 20, p.y - 30)).toBeCloseTo(5, 6);
			// towards the centre, in the stimuli's convention (y up)
			const towards = (Math.atan2(p.y - 30, 20 - p.x) * 180) / Math.PI;
			expect(Math.abs(angleDifference(p.opening!, towards))).toBeLessThan(1e-6);
			expect(p.inside).toBeCloseTo(p.opening!, 6);
		}
		const ring = partPoints({ owner: 't', name: 'c', part: circlePart(10, 10, 4) });
		expect(ring.every((p) => p.inside === null && p.opening !== null)).toBe(true);
	});

	it('puts the sides and rounded corners of a box, and the sides of a polygon, on the edges sdf.ts paints', () => {
		const shapes = [
			{ parts: boxParts(30, 28, 12, 7, 3, 0.4), sdf: box(30, 28, 12, 7, 3, 0.4) },
			{ parts: boxParts(10, 40, 5, 9, 0, -0.2), sdf: box(10, 40, 5, 9, 0, -0.2) },
			{
				parts: polygonParts([
					[5, 5],
					[25, 8],
					[15, 22]
				]),
				sdf: polygon([
					[5, 5],
					[25, 8],
					[15, 22]
				])
			}
		];
		for (const { parts, sdf } of shapes)
			for (const part of parts)
				for (const p of partPoints({ owner: 't', name: 'p', part })) expect(Math.abs(sdf(p.x, p.y))).toBeLessThan(1e-6);
	});
});
