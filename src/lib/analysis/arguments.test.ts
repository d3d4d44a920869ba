import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARGUMENTS_FILE, MODEL_NAME } from '../model/models';
import { loadNodeModel, modelDir, nodeTf } from '../model/node';
import { probe } from '../measure/probe';
import { roundDeep } from '../measure/measures';
import { readAtlas, readExamples } from './atlas-files';
import { readViews } from './views';
import { argue, familiesToArgue, handoff } from './arguments';
import type { CensusSummary, Replication } from './replication';
import { ARGUMENT_KEYS, ARGUMENTS, argumentsByUnit, HANDSET_CORRELATION, type ArgumentsFile } from '../atlas/arguments';
import { argumentsCaption, argumentsSentence, MOST_ARGUMENTS } from '../figures/captions';

const file = JSON.parse(readFileSync(ARGUMENTS_FILE, 'utf8')) as ArgumentsFile;
const atlas = readAtlas(MODEL_NAME);

describe('the seven arguments', () => {
	it('are measured for the figures’ family and for the family the declared rule picks, every unit of each', () => {
		const families = familiesToArgue(atlas);
		expect(file.families.map((f) => [f.role, f.layer, f.radius])).toEqual(
			families.map((f) => [f.role, f.layer, f.radius])
		);
		const pick = atlas.curves.census.pick;
		expect(file.families.some((f) => f.layer === pick.layer && f.radius === pick.radius)).toBe(true);
		for (const [k, f] of file.families.entries()) {
			expect(f.units.map((u) => u.unit).sort()).toEqual(families[k].units.map((u) => u.unit).sort());
			for (const key of ARGUMENT_KEYS)
				expect(f.passing[key], `${f.layer} ${key}`).toBe(f.units.filter((u) => u.results[key].pass).length);
		}
	});

	it('read the same again from the network as the committed file says', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf, modelDir(MODEL_NAME));
		try {
			const again = roundDeep(
				argue(tf, model, probe(tf, model), atlas, readExamples(MODEL_NAME), readViews(MODEL_NAME)!)
			);
			expect(again).toEqual(file);
		} finally {
			tf.dispose(Object.values(model.weights));
		}
	}, 300_000);

	it('hand a response on only where two neighbours’ tunings overlap', () => {
		const bump = (at: number, width: number) =>
			Array.from({ length: 72 }, (_, i) => {
				const d = Math.min(Math.abs(i - at), 72 - Math.abs(i - at));
				return Math.exp(-((d / width) ** 2));
			});
		// neighbours 20° apart with wide lobes overlap; 120° apart with narrow ones leave a hole between them
		expect(handoff(bump(10, 6), bump(14, 6))).toBeGreaterThan(0.5);
		expect(handoff(bump(10, 2), bump(34, 2))).toBeLessThan(0.01);
		// the walk goes the short way round: 350° and 10° are neighbours
		expect(handoff(bump(70, 6), bump(2, 6))).toBeGreaterThan(0.5);
	});

	it('state each measure with its result, and a correlation passes as the table shows it', () => {
		for (const f of file.families)
			for (const u of f.units) {
				expect(Object.keys(u.results).sort()).toEqual([...ARGUMENT_KEYS].sort());
				const r = u.results.handset;
				expect(r.detail).toBe(`r ${r.value.toFixed(2)}`);
				expect(r.pass).toBe(r.value >= HANDSET_CORRELATION);
				const [hits, of] = u.results.examples.detail
					.match(/^(\d+) of (\d+)/)!
					.slice(1)
					.map(Number);
				expect(hits / of).toBeCloseTo(u.results.examples.value, 4);
			}
		expect(Object.values(ARGUMENTS).map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		const byUnit = argumentsByUnit(file);
		expect(byUnit.size).toBe(file.families.reduce((n, f) => n + f.units.length, 0));
	});

	it('are captioned from the file: the count passing most arguments in each family', () => {
		const caption = argumentsCaption(file);
		expect(caption.startsWith('What to look at:')).toBe(true);
		for (const f of file.families) {
			const most = f.units.filter((u) => ARGUMENT_KEYS.filter((k) => u.results[k].pass).length >= MOST_ARGUMENTS);
			expect(caption).toContain(`${most.length} of ${f.units.length} units in ${f.layer}`);
		}
	});

	it('are summed up over the trainings, with the untrained networks beside them', async () => {
		const { REPLICATION_FILE } = await import('../model/models');
		const replication: Replication = JSON.parse(readFileSync(REPLICATION_FILE, 'utf8'));
		// the first training's counts are this file's
		for (const f of file.families) {
			const r = replication.arguments.find((a) => a.role === f.role)!;
			expect(r.units.values[0]).toBe(f.units.length);
			for (const k of ARGUMENT_KEYS) expect(r.share[k].values[0]).toBeCloseTo(f.passing[k] / f.units.length, 4);
			// every argument but the first is read in every training
			for (const k of ARGUMENT_KEYS.filter((k) => k !== 'featureVis')) expect(r.share[k].trainings).toBe(3);
		}
		const census = { trainings: 3, arguments: replication.arguments } as unknown as CensusSummary;
		const sentence = argumentsSentence(file, census);
		for (const f of file.families) expect(sentence).toContain(`In ${f.layer}`);
		expect(sentence).toContain('median of 3 trainings');
		expect(sentence).toContain('untrained networks keep');
	});
});
