// What npm run toy trained at fixed seeds, read once per build (the toy widgets' pictures without JavaScript).
import { readFileSync } from 'node:fs';
import { checkResults, RESULTS_FILE, type ToyResults } from './results';

let cached: ToyResults | null = null;
export const toyResults = (): ToyResults => (cached ??= checkResults(JSON.parse(readFileSync(RESULTS_FILE, 'utf8'))));
