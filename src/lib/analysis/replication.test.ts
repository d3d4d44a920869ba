import { readFileSync } from 'node:fs';
import { ARGUMENT_KEYS, type ArgumentKey } from '../atlas/arguments';
import { describe, expect, it } from 'vitest';
import type { CensusRow, CurveCensus } from '../atlas/census';
import { replicate, spread, type Replication, type ReplicaNetwork } from './replication';
import { headlines, HEADLINE_KEYS, type Headlines } from './headlines';
import { CENSUS_LAYERS, curveCensus, FAMILY_RULE } from './census';
import { CURVE_RADII } from './curves';
import { MODEL_NAME, REPLICAS, replicaDir, REPLICATION_FILE } from '../model/models';
import { loadNodeModel, nodeTf } from '../model/node';
import { probe } from '../measure/probe';
import { roundDeep } from '../measure/measures';
import { readAtlas } from './atlas-files';

const censusRow = (layer: string, radius: number, clean: number, kept: number, gap: number): CensusRow => ({
	layer,
	radius,
	mapSize: 16,
	stride: 4,
	receptiveField: 47,
	curveSensitive: clean + 2,
	clean,
	selectionGap: gap,
	kept,
	evaluationGap: gap + 10,
	keptUnits: [],
	shortArcs: [60, 90, 120].map((value, i) => ({ value, keep: Math.min(kept, i * 2), medianPeak: 0.5 })),
	otherRadii: [12, 16].map((value) => ({ value, keep: kept, medianPeak: 0.9 })),
	otherRenderer: [0, 1].map((value) => ({ value, keep: Math.floor(kept / 2), medianPeak: 0.4 }))
});

const census = (rows: CensusRow[], pick: { layer: string; radius: number }): CurveCensus => ({
	rule: FAMILY_RULE,
	rows,
	pick
});

const headlinesOf = (n: number): Headlines => ({
	highLowUnits: 10 + n,
	highLowBoundary: 4 + n,
	highLowLabelled: n,
	earlyEcho: 0.2 + n / 10,
	headsBlunted: n % 3,
	partners: n,
	oneToOne: n
});

const network = (name: string, seed: number, trained: boolean, rows: CensusRow[]): ReplicaNetwork => ({
	name,
	seed,
	trained,
	heldoutAccuracy: trained ? 0.9 : 0.1,
	census: census(rows, { layer: rows[0].layer, radius: rows[0].radius }),
	headlines: headlinesOf(trained ? 3 + seed : seed),
	arguments: [
		{
			role: 'figures',
			layer: 'mixed4a',
			radius: 8,
			units: trained ? 10 : 0,
			passing: Object.fromEntries(
				ARGUMENT_KEYS.map((k, i) => [k, !trained ? 0 : k === 'featureVis' && seed > 0 ? null : i + seed])
			) as Record<ArgumentKey, number | null>
		}
	]
});

describe('replication sums up the census over trainings, beside untrained networks', () => {
	const networks = [
		network('a', 0, true, [censusRow('mixed3b', 8, 8, 7, 140), censusRow('mixed4a', 8, 24, 20, 55)]),
		network('a1', 1, true, [censusRow('mixed3b', 8, 10, 9, 100), censusRow('mixed4a', 8, 22, 18, 60)]),
		network('a2', 2, true, [censusRow('mixed3b', 8, 6, 4, 160), censusRow('mixed4a', 8, 26, 21, 50)]),
		network('u0', 0, false, [censusRow('mixed3b', 8, 1, 0, 360), censusRow('mixed4a', 8, 0, 0, 360)]),
		network('u1', 1, false, [censusRow('mixed3b', 8, 0, 0, 360), censusRow('mixed4a', 8, 2, 1, 360)])
	];
	networks[1].census.pick = { layer: 'mixed4a', radius: 8 };
	networks[2].census.pick = { layer: 'mixed4a', radius: 8 };
	const b = { name: 'b', census: census([censusRow('mixed3b', 8, 5, 3, 150)], { layer: 'mixed3b', radius: 8 }) };
	const r = replicate(networks, b);

	it('gives each row its median and range over the trainings, seed by seed', () => {
		expect(r.rows[0].clean).toEqual({ median: 8, min: 6, max: 10, values: [8, 10, 6] });
		expect(r.rows[1].kept).toEqual({ median: 20, min: 18, max: 21, values: [20, 18, 21] });
		expect(r.rows[0].shortArcs[1].keepShare.values).toEqual([2 / 7, 2 / 9, 2 / 4]);
	});

	it('sets beside each row the most any untrained network reaches, and network b where it has the layer', () => {
		expect(r.rows.map((row) => row.untrained)).toEqual([
			{ clean: 1, kept: 0 },
			{ clean: 2, kept: 1 }
		]);
		expect(r.rows[0].b).toEqual({ clean: 5, kept: 3, evaluationGap: 160 });
		expect(r.rows[1].b).toBeNull();
	});

	it('picks what most trainings pick, and says how many agree', () => {
		expect(r.pick).toEqual({ layer: 'mixed4a', radius: 8, agreeing: 2, of: 3 });
	});

	it('gives each argument the share of the family passing it over the trainings that read it', () => {
		const [figures] = r.arguments;
		expect(figures.units).toEqual({ median: 10, min: 10, max: 10, values: [10, 10, 10] });
		expect(figures.untrainedUnits).toBe(0);
		// the first argument read in the first training alone (its pictures are grown for it only)
		expect(figures.share.featureVis).toMatchObject({ values: [0], trainings: 1 });
		// the second: 1, 2 and 3 of 10 units in the three trainings
		expect(figures.share.examples).toMatchObject({ median: 0.2, min: 0.1, max: 0.3, trainings: 3 });
	});

	it('gives each headline number its spread over the trainings and over the untrained networks', () => {
		expect(r.headlines.highLowUnits).toEqual({
			trained: { median: 14, min: 13, max: 15, values: [13, 14, 15] },
			untrained: { median: 10.5, min: 10, max: 11, values: [10, 11] }
		});
		expect(r.headlines.headsBlunted.trained.values).toEqual([0, 1, 2]);
	});

	it('spreads a single value as itself', () => {
		expect(spread([3])).toEqual({ median: 3, min: 3, max: 3, values: [3] });
	});
});

describe('the committed replication', () => {
	const replication: Replication = JSON.parse(readFileSync(REPLICATION_FILE, 'utf8'));

	it('holds every replica, and network a’s own census as its atlas has it', () => {
		expect(replication.networks.map((n) => n.name)).toEqual([MODEL_NAME, ...REPLICAS.map((r) => r.name)]);
		expect(replication.networks[0].census).toEqual(readAtlas(MODEL_NAME).curves.census);
		expect(replication.networks.filter((n) => n.trained)).toHaveLength(3);
	});

	it('holds network a’s headline numbers as its atlas gives them, and every headline for every network', async () => {
		const { readExamples } = await import('./atlas-files');
		const { SECOND_MODEL_NAME } = await import('../model/models');
		expect(replication.networks[0].headlines).toEqual(
			roundDeep(headlines(readAtlas(MODEL_NAME), readExamples(MODEL_NAME), readAtlas(SECOND_MODEL_NAME)))
		);
		for (const n of replication.networks) expect(Object.keys(n.headlines).sort()).toEqual([...HEADLINE_KEYS].sort());
		for (const key of HEADLINE_KEYS) {
			expect(replication.headlines[key].trained.values).toHaveLength(3);
			expect(replication.headlines[key].untrained.values).toHaveLength(3);
		}
	});

	it('is where the figures read the family: networks a and b are read at the rule’s pick', async () => {
		const { SECOND_MODEL_NAME } = await import('../model/models');
		const place = { layer: replication.pick.layer, radius: replication.pick.radius };
		for (const name of [MODEL_NAME, SECOND_MODEL_NAME]) {
			const atlas = readAtlas(name);
			expect({ layer: atlas.curves.layer, radius: atlas.stimuli.curveRadius }, name).toEqual(place);
		}
	});

	it('has a row for every layer searched at every radius', () => {
		expect(replication.rows.map((r) => `${r.layer}@${r.radius}`)).toEqual(
			CENSUS_LAYERS.flatMap((l) => CURVE_RADII.map((radius) => `${l}@${radius}`))
		);
	});

	it('finds, in the row the rule picks, more kept units in every training than in any untrained network', () => {
		const row = replication.rows.find(
			(r) => r.layer === replication.pick.layer && r.radius === replication.pick.radius
		)!;
		expect(row.kept.min).toBeGreaterThan(row.untrained.kept);
	});

	it('is what a fresh census of a replica gives (one trained at another seed)', async () => {
		const tf = await nodeTf('wasm');
		const replica = REPLICAS[0];
		const model = await loadNodeModel(tf, replicaDir(replica.name));
		const fresh = roundDeep(curveCensus(tf, model, probe(tf, model)));
		tf.dispose(Object.values(model.weights));
		const committed = replication.networks.find((n) => n.name === replica.name)!.census;
		// counts, gaps and units exactly; the median peaks (shares of a float) to within 1e-3
		const peaks = (c: CurveCensus) =>
			c.rows.flatMap((r) => [...r.shortArcs, ...r.otherRadii, ...r.otherRenderer].map((p) => p.medianPeak));
		const rest = (c: CurveCensus) => JSON.stringify(c, (key, value) => (key === 'medianPeak' ? undefined : value));
		expect(rest(fresh)).toBe(rest(committed));
		peaks(fresh).forEach((p, i) => expect(Math.abs(p - peaks(committed)[i])).toBeLessThanOrEqual(1e-3));
	}, 600_000);
});
