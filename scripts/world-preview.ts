// Draws a sheet of training scenes, eight of each class, and a row of the held-out drawing style,
// to docs/world.png: npm run world:preview
import { writeFileSync } from 'node:fs';
import { CLASSES, IMAGE_SIZE, datasetScene } from '../src/lib/world/scenes';
import { WORLD_SPLITS } from '../src/lib/world/splits';
import { encodePng, tile } from '../src/lib/world/png.server';

const PER_CLASS = 8;
const { train, 'heldout-style': style } = WORLD_SPLITS;
const images = CLASSES.flatMap((_, c) =>
	Array.from({ length: PER_CLASS }, (_, i) => datasetScene(train.seed, i * CLASSES.length + c).image)
);
const heldout = Array.from(
	{ length: PER_CLASS },
	(_, i) => datasetScene(style.seed, i, style.style, style.classes).image
);
const { rgb, width, height } = tile([...images, ...heldout], IMAGE_SIZE, PER_CLASS, 2);
writeFileSync('docs/world.png', encodePng(rgb, width, height));
console.log(
	`docs/world.png: ${CLASSES.join(', ')} (one row each), then the held-out drawing style (${style.classes.join(', ')})`
);
