// Writes the training set, a held-out split and a held-out drawing style to .cache/world/
// (uint8 RGB, 64×64, and one label byte each).
import { mkdirSync, writeFileSync } from 'node:fs';
import { CLASSES, IMAGE_SIZE, datasetScene } from '../src/lib/world/scenes';
import { WORLD_SPLITS } from '../src/lib/world/splits';

const dir = '.cache/world';
mkdirSync(dir, { recursive: true });
const pixels = IMAGE_SIZE * IMAGE_SIZE * 3;

for (const [name, split] of Object.entries(WORLD_SPLITS)) {
	const images = new Uint8Array(split.count * pixels);
	const labels = new Uint8Array(split.count);
	const started = Date.now();
	for (let i = 0; i < split.count; i++) {
		const scene = datasetScene(split.seed, i, split.style, split.classes);
		for (let p = 0; p < pixels; p++) images[i * pixels + p] = Math.round(scene.image[p] * 255);
		labels[i] = scene.label;
		if ((i + 1) % 5000 === 0)
			console.log(`${name}: ${i + 1}/${split.count} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	}
	writeFileSync(`${dir}/${name}-images.u8`, images);
	writeFileSync(`${dir}/${name}-labels.u8`, labels);
}
const splits = Object.fromEntries(
	Object.entries(WORLD_SPLITS).map(([name, s]) => [
		name,
		{ seed: s.seed, count: s.count, style: s.style.name, classes: s.classes }
	])
);
writeFileSync(
	`${dir}/world.json`,
	JSON.stringify({ size: IMAGE_SIZE, channels: 3, classes: CLASSES, splits }, null, '\t')
);
console.log(`wrote ${dir}`);
