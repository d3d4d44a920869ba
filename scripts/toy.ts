// Trains the toy models of superposition at fixed seeds and writes what they measured: npm run toy
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { nodeTf } from '../src/lib/model/node';
import { computeResults, RESULTS_FILE } from '../src/lib/toy/results';

const tf = await nodeTf('wasm');
const started = Date.now();
const results = await computeResults(tf, (line) => console.log(line));
mkdirSync(dirname(RESULTS_FILE), { recursive: true });
writeFileSync(RESULTS_FILE, JSON.stringify(results) + '\n');
console.log(`wrote ${RESULTS_FILE} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
