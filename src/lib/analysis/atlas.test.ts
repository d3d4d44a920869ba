import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Atlas } from './atlas';
import { checkAtlas } from './check';
import { analyze } from './run';
import type { ExamplesFile } from './examples';
import { compareAtlases, type Universality } from './universality';
import { loadNodeModel, modelDir, nodeTf } from '../model/node';
import { MODEL_NAME, NETWORKS, SECOND_MODEL_NAME, UNIVERSALITY_FILE } from '../model/models';
import { checkModelInfo } from '../model/architecture';
import { CLASS_KINDS, type ClassName } from '../world/classes';
import { roundDeep } from '../measure/measures';

const read = (name: string): Atlas => checkAtlas(JSON.parse(readFileSync(`${modelDir(name)}/atlas.json`, 'utf8')));
const atlases = Object.fromEntries(NETWORKS.map((name) => [name, read(name)])) as Record<string, Atlas>;
const main = atlases[MODEL_NAME];
const universality: Universality = JSON.parse(readFileSync(UNIVERSALITY_FILE, 'utf8'));

/** Numbers agree to 1e-3 relative (or 1e-6 absolute); everything else exactly. */
function expectClose(actual: unknown, expected: unknown, path = 'atlas') {
	if (typeof expected === 'number') {
		expect(typeof actual, path).toBe('number');
		expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(Math.max(1e-6, 1e-3 * Math.abs(expected)));
	} else if (Array.isArray(expected)) {
		expect(Array.isArray(actual) && actual.length, path).toBe(expected.length);
		expected.forEach((v, i) => expectClose((actual as unknown[])[i], v, `${path}[${i}]`));
	} else if (expected && typeof expected === 'object') {
		expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
		for (const [k, v] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
	} else expect(actual, path).toEqual(expected);
}

describe('the committed atlases are the committed networks’ atlases', () => {
	it.each(NETWORKS.map((name) => ({ name })))('a fresh analysis of $name reproduces its atlas and its dataset examples', async ({ name }) => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf, modelDir(name));
		const fresh = JSON.parse(JSON.stringify(analyze(tf, model, name)));
		expectClose(fresh.atlas, atlases[name], name);
		const examples: ExamplesFile = JSON.parse(readFileSync(`${modelDir(name)}/examples.json`, 'utf8'));
		expectClose(fresh.examples, examples, `${name} examples`);
		tf.dispose(Object.values(model.weights));
	}, 900_000);

	it('records what the two networks share as their atlases say', () => {
		expectClose(roundDeep(compareAtlases(main, atlases[SECOND_MODEL_NAME])), universality, 'universality');
	});
});

// The targets. Where a network does not meet one, the test is an expected failure: the atlas keeps the
// true figure, and the day a network meets it the suite says so and the test becomes a plain assertion.
describe(`${MODEL_NAME}: what the article claims, on stimuli the family was not chosen on`, () => {
	const e = main.curves.evaluation;

	it('is right about held-out scenes at least 95% of the time, and about a drawing style it never saw at least 80%', () => {
		expect(main.heldoutAccuracy).toBeGreaterThanOrEqual(0.95);
		expect(main.heldoutStyleAccuracy).toBeGreaterThanOrEqual(0.8);
	});

	it('chooses a curve family of at least 8 selective units on the selection stimuli', () => {
		expect(main.curves.units.length).toBeGreaterThanOrEqual(8);
		for (const unit of main.curves.units) {
			expect(unit.selectivity, unit.name).toBeGreaterThanOrEqual(3);
			expect(unit.lineRatio, unit.name).toBeLessThanOrEqual(0.3);
		}
		expect(e.conditions.length).toBe(16);
		expect(e.units).toHaveLength(main.curves.units.length);
	});

	it.fails('target not met: at least 8 units keep their angle (70% of conditions) and stay selective (80%), tiling the circle within 60° in both polarities', () => {
		const good = e.units.filter((u) => u.withinAngle >= 0.7 && u.selective >= 0.8);
		expect(good.length).toBeGreaterThanOrEqual(8);
		expect(e.largestGapByPolarity.dark).toBeLessThanOrEqual(60);
		expect(e.largestGapByPolarity.light).toBeLessThanOrEqual(60);
	});

	it('measures every edge from the early curves into the curves, each the network’s own weights', () => {
		const c = main.curveCircuit;
		expect(c.edges).toHaveLength(main.earlyCurves.units.length * main.curves.units.length);
		for (const edge of c.edges) {
			expect(edge.kernel).toHaveLength(5);
			expect(edge.direct).toBe(true);
			expect(Math.sign(edge.kernel.flat().reduce((a, b) => a + b, 0)) || 1).toBe(edge.sign);
		}
	});

	it.fails('target not met: at least 75% of same/opposite-orientation edges excite/inhibit', () => {
		expect(main.curveCircuit.expectedSignFraction).toBeGreaterThanOrEqual(0.75);
	});

	it('edits the curve circuit exactly, and records both edits’ effect on the whole tuning curve', () => {
		expect(main.echoes.map((x) => x.name)).toEqual(['all-negative', 'opposite-negative']);
		for (const x of main.echoes) {
			expect(x.exact, x.name).toBe(true);
			expect(x.tuningAfter).toHaveLength(main.curves.units.length);
			expect(Number.isFinite(x.rise180) && Number.isFinite(x.rise90)).toBe(true);
		}
		// removing every negative weight does more than removing the opposite ones alone
		expect(main.echoes[0].selectivityAfter).toBeLessThan(main.echoes[1].selectivityAfter);
	});

	it.fails('target not met: removing the opposite-orientation negative weights raises the response at 180° by 0.2 of the peak more than at ±90°', () => {
		expect(main.echoes.find((x) => x.name === 'opposite-negative')!.margin).toBeGreaterThanOrEqual(0.2);
	});

	it('finds a high-low frequency family of at least 4 units tuned to the boundary', () => {
		expect(main.highLow.units.length).toBeGreaterThanOrEqual(4);
		for (const unit of main.highLow.units) expect(unit.selectivity, unit.name).toBeGreaterThanOrEqual(3);
	});

	it('has a high-low family that, on textures it was not chosen on, answers a change of frequency: quiet without blur, blind to the boundary turned round, and less moved by a plain edge of the texture’s contrast', () => {
		const e = main.highLow.evaluation;
		expect(e.units).toHaveLength(main.highLow.units.length);
		const at = e.blurs.indexOf(e.defaultBlur);
		expect(e.blurCurve.highLow[0]).toBeLessThanOrEqual(0.5 * e.blurCurve.highLow[at]);
		expect(e.swappedRatio.median!).toBeLessThan(0.5);
		expect(e.edgeRatio.median!).toBeLessThan(1);
		// an edge twice as strong is reported, not hidden: the family is not blind to brightness
		expect(e.strongEdgeRatio.median!).toBeGreaterThan(e.edgeRatio.median!);
	});

	it('finds oriented head units, uncapped, a union that answers both ways, and the inhibition between the two sides', () => {
		const h = main.heads;
		const ratio = (r: { median: number | null }) => (r.median === null ? Infinity : r.median);
		expect(ratio(h.left.leftRight)).toBeGreaterThanOrEqual(3);
		expect(ratio(h.right.leftRight)).toBeLessThanOrEqual(1 / 3);
		expect(ratio(h.union.leftRight)).toBeGreaterThanOrEqual(0.5);
		expect(ratio(h.union.leftRight)).toBeLessThanOrEqual(2);
		expect(h.inhibitoryEdges.length).toBeGreaterThan(0);
		expect(h.inhibitoryEdges.every((e) => e.sign < 0)).toBe(true);
		// logits, not probabilities: a saturated probability would say nothing
		expect(Math.abs(h.dog.left - h.dog.right)).toBeLessThan(Math.abs(h.dog.left));
		expect(h.dog.calledDog).toBeGreaterThan(0.9);
	});

	it('cutting the inhibition between the pathways blunts the pair’s preferences and never sharpens them', () => {
		const h = main.heads;
		const strength = (r: { median: number | null }) => (r.median === null ? Infinity : Math.abs(Math.log(r.median || 1e-12)));
		expect(strength(h.afterCut.left.leftRight)).toBeLessThanOrEqual(strength(h.left.leftRight));
		expect(strength(h.afterCut.right.leftRight)).toBeLessThanOrEqual(strength(h.right.leftRight));
		expect(strength(h.afterCut.left.leftRight) + strength(h.afterCut.right.leftRight)).toBeLessThan(strength(h.left.leftRight) + strength(h.right.leftRight));
		// and a linear correction through the bottlenecks would not have been the same edit
		expect(Math.max(h.linearCutError.left, h.linearCutError.right)).toBeGreaterThan(0.01);
	});

	it('names the most polysemantic unit with the classes it answers, of unrelated kinds, and the scenes', () => {
		const p = main.polysemantic;
		const kinds = new Set(p.classes.map((c) => CLASS_KINDS[c.name as ClassName]));
		expect(kinds.size).toBeGreaterThanOrEqual(2);
		expect(p.kindEntropyBits).toBeGreaterThan(1);
		expect(p.name).toBe(`${p.layer}:${p.unit}`);
		expect(p.top.length).toBe(p.classes.reduce((n, c) => n + c.count, 0));
	});
});

describe('the two networks', () => {
	it.each(NETWORKS.map((name) => ({ name })))('$name trained within 30 minutes, and its weights are at most 2 MB', ({ name }) => {
		const info = checkModelInfo(JSON.parse(readFileSync(`${modelDir(name)}/model.json`, 'utf8')));
		expect(info.training.minutes).toBeLessThanOrEqual(30);
		expect(statSync(`${modelDir(name)}/weights.bin`).size).toBeLessThanOrEqual(2 * 1024 * 1024);
	});

	it('differ in seed and width', () => {
		const [a, b] = NETWORKS.map((name) => checkModelInfo(JSON.parse(readFileSync(`${modelDir(name)}/model.json`, 'utf8'))).training);
		expect(a.seed).not.toBe(b.seed);
		expect(a.width).not.toBe(b.width);
	});

	it.fails('target not met: at least 70% of the first network’s curve units have a partner in the second within 15°', () => {
		expect(universality.curves.withPartner / universality.curves.total).toBeGreaterThanOrEqual(0.7);
	});
});
