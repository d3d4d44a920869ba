// Grows the feature visualizations shown before a reader runs one, for the article's network: npm run gallery
import { writeFileSync } from 'node:fs';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { renderGallery } from '../src/lib/analysis/gallery';
import { readAtlas, readExamples, worldColour } from '../src/lib/analysis/atlas-files';
import { loadNodeModel, MODEL_DIR, MODEL_NAME, nodeTf } from '../src/lib/model/node';

const tf = await nodeTf('wasm');
const started = Date.now();
const model = await loadNodeModel(tf);
const gallery = renderGallery(tf, model, readAtlas(MODEL_NAME), readExamples(MODEL_NAME), worldColour(), (line) =>
	console.log(line)
);
writeFileSync(`${MODEL_DIR}/gallery.json`, JSON.stringify(gallery) + '\n');
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`wrote ${MODEL_DIR}/gallery.json: ${gallery.entries.length} pictures in ${seconds} s`);
