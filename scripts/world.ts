// Writes the training set and a held-out split to .cache/world/ (uint8 RGB, 64×64, and one label byte each).
import { mkdirSync, writeFileSync } from 'node:fs';
import { CLASSES, IMAGE_SIZE, datasetScene } from '../src/lib/world/scenes';

export const SPLITS = { train: { seed: 1, count: 30_000 }, heldout: { seed: 2, count: 3_000 } } as const;

const dir = '.cache/world';
mkdirSync(dir, { recursive: true });
const pixels = IMAGE_SIZE * IMAGE_SIZE * 3;

for (const [name, { seed, count }] of Object.entries(SPLITS)) {
	const images = new Uint8Array(count * pixels);
	const labels = new Uint8Array(count);
	const started = Date.now();
	for (let i = 0; i < count; i++) {
		const scene = datasetScene(seed, i);
		for (let p = 0; p < pixels; p++) images[i * pixels + p] = Math.round(scene.image[p] * 255);
		labels[i] = scene.label;
		if ((i + 1) % 5000 === 0) console.log(`${name}: ${i + 1}/${count} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	}
	writeFileSync(`${dir}/${name}-images.u8`, images);
	writeFileSync(`${dir}/${name}-labels.u8`, labels);
}
writeFileSync(
	`${dir}/world.json`,
	JSON.stringify({ size: IMAGE_SIZE, channels: 3, classes: CLASSES, splits: SPLITS }, null, '\t')
);
console.log(`wrote ${dir}`);
