// Draws a sheet of training scenes, eight of each class, to docs/world.png: npm run world:preview
import { writeFileSync } from 'node:fs';
import { CLASSES, IMAGE_SIZE, datasetScene } from '../src/lib/world/scenes';
import { encodePng, tile } from './png';

const PER_CLASS = 8;
const images = CLASSES.flatMap((_, c) => Array.from({ length: PER_CLASS }, (_, i) => datasetScene(1, i * CLASSES.length + c).image));
const { rgb, width, height } = tile(images, IMAGE_SIZE, PER_CLASS, 2);
writeFileSync('docs/world.png', encodePng(rgb, width, height));
console.log(`docs/world.png: ${CLASSES.join(', ')} (one row each)`);
