import { describe, expect, it } from 'vitest';
import { CLASSES, datasetScene, IMAGE_SIZE, renderScene } from './scenes';
import { Raster } from './raster';
import { Rng } from './rng';
import { headPair } from '../measure/head-stimuli';
import { drawRings, drawStars } from './objects';
import { sceneNoun } from './classes';
import { WORLD_SPLITS } from './splits';

describe('the procedural world', () => {
	it('draws the same scene from the same seed, and another from another seed', () => {
		const a = renderScene(42, 'dog').image;
		expect(renderScene(42, 'dog').image).toEqual(a);
		expect(renderScene(43, 'dog').image).not.toEqual(a);
	});

	it.each(CLASSES.map((name) => ({ name })))(
		'a $name scene is a 64×64 RGB image in [0, 1] labelled with its class',
		({ name }) => {
			const scene = renderScene(7, name);
			expect(scene.image.length).toBe(IMAGE_SIZE * IMAGE_SIZE * 3);
			expect(Math.min(...scene.image)).toBeGreaterThanOrEqual(0);
			expect(Math.max(...scene.image)).toBeLessThanOrEqual(1);
			expect(CLASSES[scene.label]).toBe(name);
		}
	);

	it('takes the classes in turn, so every split is balanced', () => {
		const labels = Array.from({ length: CLASSES.length * 3 }, (_, i) => datasetScene(1, i).label);
		for (let c = 0; c < CLASSES.length; c++) expect(labels.filter((l) => l === c)).toHaveLength(3);
	});

	it('labels a dog a dog whichever way it faces', () => {
		const facings = new Set(Array.from({ length: 20 }, (_, i) => renderScene(100 + i, 'dog')).map((s) => s.facing));
		expect(facings).toEqual(new Set([1, -1]));
	});

	it('mirrors an image exactly', () => {
		const img = new Raster(4);
		img.data.set(Float32Array.from({ length: 48 }, (_, i) => i / 48));
		const copy = new Raster(4);
		copy.data.set(img.data);
		copy.flipHorizontal();
		expect(copy.data[0]).toBe(img.data[3 * 3]);
		copy.flipHorizontal();
		expect(copy.data).toEqual(img.data);
	});

	it('gives the analysis a head and its mirror image', () => {
		const { left, right } = headPair(5);
		const mirrored = new Raster(IMAGE_SIZE);
		mirrored.data.set(right);
		mirrored.flipHorizontal();
		expect(mirrored.data).toEqual(left);
		expect(left).not.toEqual(right);
	});

	it('draws uniform numbers from a seed, reproducibly', () => {
		const a = new Rng(9);
		const b = new Rng(9);
		const draws = Array.from({ length: 1000 }, () => a.next());
		expect(Array.from({ length: 1000 }, () => b.next())).toEqual(draws);
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...draws)).toBeLessThan(1);
		expect(Math.abs(draws.reduce((x, y) => x + y, 0) / 1000 - 0.5)).toBeLessThan(0.05);
	});
	it('draws rings and stars from the same pieces, so only the side each piece bends to tells them apart', () => {
		// ink of each kind over many seeds: how much, and how far from the centre
		const measure = (draw: typeof drawRings) => {
			let ink = 0;
			let distance = 0;
			let inside = 0;
			for (let seed = 0; seed < 60; seed++) {
				const img = new Raster(IMAGE_SIZE);
				draw(img, new Rng(seed), { cx: 32, cy: 32, scale: 1, facing: 1 });
				for (let y = 0; y < IMAGE_SIZE; y++)
					for (let x = 0; x < IMAGE_SIZE; x++) {
						const i = (y * IMAGE_SIZE + x) * 3;
						const coverage = Math.max(img.data[i], img.data[i + 1], img.data[i + 2]) > 0 ? 1 : 0;
						const d = Math.hypot(x + 0.5 - 32, y + 0.5 - 32);
						ink += coverage;
						distance += coverage * d;
						if (d < 6) inside += coverage;
					}
			}
			return { ink, meanDistance: distance / ink, inside };
		};
		const rings = measure(drawRings);
		const stars = measure(drawStars);
		expect(stars.ink / rings.ink).toBeGreaterThan(0.8);
		expect(stars.ink / rings.ink).toBeLessThan(1.25);
		expect(stars.meanDistance / rings.meanDistance).toBeGreaterThan(0.8);
		expect(stars.meanDistance / rings.meanDistance).toBeLessThan(1.25);
		// a ring keeps its middle empty
		expect(rings.inside).toBe(0);
	});
});

describe('class names in sentences', () => {
	it('names one scene of every class, and an unknown class as it is', () => {
		for (const name of CLASSES) expect(sceneNoun(name)).toMatch(/\w/);
		expect(sceneNoun('rings')).toBe('a broken ring');
		expect(sceneNoun('teapot')).toBe('teapot');
	});
});

describe('the world strip the article shows (/world-kinds.png)', () => {
	it('draws scene c of the training split as class c, so its picture and its alt text agree (world-kinds.png)', () => {
		CLASSES.forEach((name, c) => expect(datasetScene(WORLD_SPLITS.train.seed, c).className).toBe(name));
	});
});
