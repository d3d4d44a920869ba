import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../atlas/schema';
import { unitName } from '../unit';
import { CRITERIA } from './common';
import { ANGLE_TOLERANCE, KEEPS_ANGLE, secondLobe } from './curves';
import { handsetEchoReference } from './echo-handset';
import { echoFinding } from './echo-finding';
import { numberAt, PAIR_TARGETS, RECORDED, TARGETS, type Measured } from './targets';
import { angleDifference } from '../world/geometry';
import { correlation } from '../measure/measures';
import { checkAtlas } from './check';
import { analyze, familyPlace } from './run';
import type { ExamplesFile } from './examples';
import { compareAtlases, PARTNER_CORRELATION, type Universality } from './universality';
import { loadNodeModel, modelDir, nodeTf } from '../model/node';
import { MODEL_NAME, NETWORKS, SECOND_MODEL_NAME, UNIVERSALITY_FILE } from '../model/models';
import { bottleneckOf, branchOf, checkModelInfo } from '../model/architecture';
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
		expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(
			Math.max(1e-6, 1e-3 * Math.abs(expected))
		);
	} else if (Array.isArray(expected)) {
		expect(Array.isArray(actual) && actual.length, path).toBe(expected.length);
		expected.forEach((v, i) => expectClose((actual as unknown[])[i], v, `${path}[${i}]`));
	} else if (expected && typeof expected === 'object') {
		expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
		for (const [k, v] of Object.entries(expected))
			expectClose((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
	} else expect(actual, path).toEqual(expected);
}

describe('the committed atlases are the committed networks’ atlases', () => {
	it.each(NETWORKS.map((name) => ({ name })))(
		'a fresh analysis of $name reproduces its atlas and its dataset examples',
		async ({ name }) => {
			const tf = await nodeTf('wasm');
			const model = await loadNodeModel(tf, modelDir(name));
			const place = name === NETWORKS[0] ? undefined : familyPlace(main);
			const fresh = JSON.parse(JSON.stringify(analyze(tf, model, name, undefined, place)));
			expectClose(fresh.atlas, atlases[name], name);
			const examples: ExamplesFile = JSON.parse(readFileSync(`${modelDir(name)}/examples.json`, 'utf8'));
			expectClose(fresh.examples, examples, `${name} examples`);
			tf.dispose(Object.values(model.weights));
		},
		900_000
	);

	it('records what the two networks share as their atlases say', () => {
		expectClose(roundDeep(compareAtlases(main, atlases[SECOND_MODEL_NAME])), universality, 'universality');
	});
});

// The targets: each test reads the measured value, compares it with its target, and checks the verdict
// against the one recorded in targets.ts. A missing figure throws; it never counts as "not met".
const measuredOf = (name: string): Measured => ({
	atlas: atlases[name],
	training: checkModelInfo(JSON.parse(readFileSync(`${modelDir(name)}/model.json`, 'utf8'))).training,
	weightBytes: statSync(`${modelDir(name)}/weights.bin`).size,
	universality
});

describe('the targets, measured and compared with the verdicts recorded in targets.ts', () => {
	const rows = NETWORKS.flatMap((name, i) =>
		TARGETS.filter((t) => i === 0 || !PAIR_TARGETS.has(t.id)).map((target) => ({
			name,
			target,
			id: target.id,
			recorded: RECORDED[name]?.[target.id]
		}))
	);
	it.each(rows)('$name, $id: recorded as $recorded', ({ name, target, recorded }) => {
		const m = measuredOf(name);
		const value = target.value(m);
		expect(Number.isNaN(value), `${target.id} is a number`).toBe(false);
		expect(target.meets(value) ? 'met' : 'not met', `${target.measured}: ${value}, target ${target.target}`).toBe(
			recorded
		);
	});

	it('every target has a verdict recorded for every network, and nothing else is recorded', () => {
		const expected = Object.fromEntries(
			NETWORKS.map((name, i) => [
				name,
				TARGETS.filter((t) => i === 0 || !PAIR_TARGETS.has(t.id))
					.map((t) => t.id)
					.sort()
			])
		);
		expect(
			Object.fromEntries(Object.entries(RECORDED).map(([name, verdicts]) => [name, Object.keys(verdicts).sort()]))
		).toEqual(expected);
	});

	it('a target whose figure is missing from the atlas throws instead of reading as not met', () => {
		const m = measuredOf(MODEL_NAME);
		const { worstCentredWithinAngle, ...rest } = m.atlas.curves.evaluation;
		const broken = {
			...m,
			atlas: { ...m.atlas, curves: { ...m.atlas.curves, evaluation: rest } }
		} as unknown as Measured;
		expect(worstCentredWithinAngle).toBeTypeOf('number');
		expect(() => TARGETS.find((t) => t.id === 'centred-within-angle')!.value(broken)).toThrow(
			/worstCentredWithinAngle is missing/
		);
		expect(() => numberAt({ a: { b: null } }, 'a.b')).toThrow(/a\.b is missing/);
		expect(numberAt({ a: { b: null } }, 'a.b', Infinity)).toBe(Infinity);
	});
});

describe.each(NETWORKS.map((name) => ({ name })))(
	'$name: what the atlas says, checked against what it is made of',
	({ name }) => {
		const atlas = atlases[name];
		const c = atlas.curves;
		const e = c.evaluation;
		const { architecture } = checkModelInfo(JSON.parse(readFileSync(`${modelDir(name)}/model.json`, 'utf8')));
		const block = architecture.layers.find((l) => l.name === c.layer);
		if (block?.type !== 'mixed') throw new Error(`${c.layer} is not a mixed block`);
		/** whether a unit of the family's block reads the layer below directly, not through a 1×1 bottleneck */
		const reads = (unit: number) => !bottleneckOf(block, branchOf(block, unit).branch);

		it('keeps in the curve family only units with one lobe (selection stimuli) keeping their angle (evaluation)', () => {
			for (const unit of c.units) {
				expect(unit.selectivity, unit.name).toBeGreaterThanOrEqual(CRITERIA.curveSelectivity);
				expect(unit.lineRatio, unit.name).toBeLessThanOrEqual(CRITERIA.lineRatio);
				expect(unit.secondLobe, unit.name).toBeLessThanOrEqual(CRITERIA.secondLobe);
				expect(unit.secondLobe, unit.name).toBeCloseTo(secondLobe(unit.tuning, c.angles), 4);
				expect(e.units.find((u) => u.name === unit.name)!.withinAngle, unit.name).toBeGreaterThanOrEqual(KEEPS_ANGLE);
			}
			expect(e.units.map((u) => u.name)).toEqual(c.units.map((u) => u.name));
			expect(e.conditions).toHaveLength(16);
			expect(e.unitsKeepingAngle).toBe(c.units.length);
		});

		it('lists every curve-sensitive unit it left out with the reasons its numbers give, and never as a member', () => {
			const members = new Set(c.units.map((u) => u.name));
			for (const u of c.untuned) {
				expect(members.has(u.name), u.name).toBe(false);
				expect(u.selectivity, u.name).toBeGreaterThanOrEqual(CRITERIA.curveSelectivity);
				expect(u.lineRatio, u.name).toBeLessThanOrEqual(CRITERIA.lineRatio);
				const reasons = [
					...(u.secondLobe! > CRITERIA.secondLobe ? ['second lobe'] : []),
					...(u.withinAngle < KEEPS_ANGLE ? ['moves on evaluation'] : [])
				];
				expect(u.reasons, u.name).toEqual(reasons);
				expect(reasons.length, u.name).toBeGreaterThan(0);
			}
			const chosen = c.candidates.find((k) => k.layer === c.layer && k.radius === atlas.stimuli.curveRadius)!;
			expect(chosen.curveSensitive).toBe(c.units.length + c.untuned.length);
			expect(chosen.units).toBe(c.units.length + c.untuned.filter((u) => !u.reasons.includes('second lobe')).length);
		});

		it('reads the family’s share within 30° per condition, and the worst centred one, from per-unit results', () => {
			const shares = e.conditions.map(
				(_, k) =>
					e.units.filter(
						(u, i) =>
							Math.abs(angleDifference(u.conditions[k].preferredAngle, c.units[i].preferredAngle)) <= ANGLE_TOLERANCE
					).length / e.units.length
			);
			expectClose(e.withinAngleByCondition, shares, 'withinAngleByCondition');
			const centred = shares.filter((_, k) => e.conditions[k].offset.x === 0 && e.conditions[k].offset.y === 0);
			expect(centred).toHaveLength(8);
			expect(e.worstCentredWithinAngle).toBeCloseTo(Math.min(...centred), 4);
		});

		it('measures every edge from the early curves into the curves, direct or through a bottleneck as the block has it', () => {
			const circuit = atlas.curveCircuit;
			expect(circuit.edges).toHaveLength(atlas.earlyCurves.units.length * c.units.length);
			for (const edge of circuit.edges) {
				expect(edge.kernel).toHaveLength(5);
				expect(edge.direct).toBe(reads(edge.target.unit));
				expect(Math.sign(edge.kernel.flat().reduce((a, b) => a + b, 0)) || 1).toBe(edge.sign);
			}
			const opposite = circuit.edges.filter((x) => x.relation === 'opposite');
			expect(circuit.oppositeOrientation).toEqual({
				pairs: opposite.length,
				inhibitory: opposite.filter((x) => x.sign < 0).length
			});
		});

		it('edits the curve circuit, exactly where every edited edge is direct, and records the whole tuning curve', () => {
			expect(atlas.echoes.map((x) => x.name)).toEqual(['all-negative', 'opposite-negative']);
			const edited = [atlas.curveCircuit.edges, atlas.curveCircuit.edges.filter((x) => x.relation === 'opposite')];
			expect(atlas.echoes.map((x) => x.pairs)).toEqual(edited.map((list) => list.length));
			for (const [k, x] of atlas.echoes.entries()) {
				expect(x.exact, x.name).toBe(edited[k].every((edge) => edge.direct));
				expect(x.tuningAfter).toHaveLength(c.units.length);
			}
			expect(atlas.curveCircuit.echoMechanism.throughBottleneck).toBe(c.units.filter((u) => !reads(u.unit)).length);
			// removing every negative weight does more than removing the opposite ones alone
			expect(atlas.echoes[0].selectivityAfter).toBeLessThan(atlas.echoes[1].selectivityAfter);
		});

		it('says why the echo edit does what it does, in the sentence its own measurement chooses', () => {
			const m = atlas.curveCircuit.echoMechanism;
			const edit = atlas.echoes.find((x) => x.name === 'opposite-negative')!;
			expect(m.finding).toEqual(echoFinding({ ...m, edit, reference: m.reference }));
			expect(m.conditions).toEqual(e.conditions.filter((k) => k.offset.x === 0 && k.offset.y === 0).map((k) => k.name));
			expect(m.pairs + m.silent).toBe(c.units.length * m.conditions.length);
			expect(m.units.map((u) => u.name)).toEqual(c.units.map((u) => u.name));
			expect(m.earlyEcho.units).toBe(atlas.earlyCurves.units.length);
			// the rise before the ReLU is the inhibition taken away
			expect(m.riseBeforeRelu.at180).toBeCloseTo(-m.at180.oppositeInhibition, 4);
			expect(m.riseBeforeRelu.at90).toBeCloseTo(-m.at90.oppositeInhibition, 4);
			expectClose(m.reference, roundDeep(handsetEchoReference()), 'reference');
		});
	}
);

// The network-specific claims of the article that are not targets of their own.
describe(`${MODEL_NAME}: what the article claims besides the targets`, () => {
	// quiet without blur, blind to the boundary turned round, and less moved by a plain edge of the texture’s contrast
	it('has a high-low family that answers a change of frequency on textures it was not chosen on', () => {
		for (const unit of main.highLow.units) expect(unit.selectivity, unit.name).toBeGreaterThanOrEqual(3);
		const e = main.highLow.evaluation;
		expect(e.units).toHaveLength(main.highLow.units.length);
		const at = e.blurs.indexOf(e.defaultBlur);
		expect(e.blurCurve.highLow[0]).toBeLessThanOrEqual(0.5 * e.blurCurve.highLow[at]);
		expect(e.swappedRatio.median!).toBeLessThan(0.5);
		expect(e.edgeRatio.median!).toBeLessThan(1);
		// an edge twice as strong is reported, not hidden: the family is not blind to brightness
		expect(e.strongEdgeRatio.median!).toBeGreaterThan(e.edgeRatio.median!);
	});

	it('finds the inhibition between the head pathways, each edge negative, and reads the dog class as a logit', () => {
		const h = main.heads;
		// the inhibitory edges are exactly the negative edges from one pathway's sources into the other's unit
		const leftSources = new Set(h.sources.left.map((u) => u.unit));
		const crossing = h.edges.filter(
			(e) =>
				e.sign < 0 && (e.target.unit === h.left.unit ? !leftSources.has(e.source.unit) : leftSources.has(e.source.unit))
		);
		expect(h.inhibitoryEdges).toEqual(crossing);
		expect(crossing.length).toBeGreaterThan(0);
		// logits, not probabilities: a saturated probability would say nothing
		expect(Math.abs(h.dog.left - h.dog.right)).toBeLessThan(Math.abs(h.dog.left));
		expect(h.dog.calledDog).toBeGreaterThan(0.9);
	});

	it('cutting the inhibition between the pathways blunts the pair’s preferences and never sharpens them', () => {
		const h = main.heads;
		const strength = (r: { median: number | null }) =>
			r.median === null ? Infinity : Math.abs(Math.log(r.median || 1e-12));
		expect(strength(h.afterCut.left.leftRight)).toBeLessThanOrEqual(strength(h.left.leftRight));
		expect(strength(h.afterCut.right.leftRight)).toBeLessThanOrEqual(strength(h.right.leftRight));
		expect(strength(h.afterCut.left.leftRight) + strength(h.afterCut.right.leftRight)).toBeLessThan(
			strength(h.left.leftRight) + strength(h.right.leftRight)
		);
		// and a linear correction through the bottlenecks would not have been the same edit
		expect(Math.max(h.linearCutError.left, h.linearCutError.right)).toBeGreaterThan(0.01);
	});

	it('names the most polysemantic unit with the classes it answers, of unrelated kinds, and the scenes', () => {
		const p = main.polysemantic;
		const kinds = new Set(p.classes.map((c) => CLASS_KINDS[c.name as ClassName]));
		expect(kinds.size).toBeGreaterThanOrEqual(2);
		expect(p.kindEntropyBits).toBeGreaterThan(1);
		expect(p.name).toBe(unitName(p));
		expect(p.top.length).toBe(p.classes.reduce((n, c) => n + c.count, 0));
	});

	it('sets aside units whose hottest cells see one thing, and keeps one whose cells see different things', async () => {
		const { datasetScene } = await import('../world/scenes');
		const { describePoint, facing, nearestPoint } = await import('./seen');
		const { ONE_THING, ONE_WAY } = await import('./criteria');
		const p = main.polysemantic;
		// what each scene's hottest cell sees, asked of the world again
		const points = p.top.map((t) =>
			nearestPoint(datasetScene(p.split, t.index, undefined, undefined, true).parts!, p.mapSize, t.row, t.column)
		);
		expect(p.top.map((t) => t.seen)).toEqual(points.map(describePoint));
		expect(p.oneWay).toBeCloseTo(facing(points).oneWay, 4);
		expect(p.oneWay).toBeLessThan(ONE_WAY);
		expect(p.seen[0].count).toBeLessThan(ONE_THING * p.top.length);
		for (const u of p.setAside) {
			expect(u.kindEntropyBits, u.name).toBeGreaterThanOrEqual(p.kindEntropyBits);
			expect(u.oneWay >= ONE_WAY || u.commonest.count >= ONE_THING * p.top.length, u.name).toBe(true);
		}
	});
});

describe('the two networks', () => {
	it('differ in seed and width', () => {
		const [a, b] = NETWORKS.map(
			(name) => checkModelInfo(JSON.parse(readFileSync(`${modelDir(name)}/model.json`, 'utf8'))).training
		);
		expect(a.seed).not.toBe(b.seed);
		expect(a.width).not.toBe(b.width);
	});

	it('pair each clean curve unit of the first with the best-correlated one of the second, named by network', () => {
		const [a, b] = [main, atlases[SECOND_MODEL_NAME]];
		const c = universality.curves;
		expect(c.matches.map((m) => m.a)).toEqual(a.curves.units.map((u) => `${a.model}:${u.name}`));
		for (const m of c.matches) {
			const unit = a.curves.units.find((u) => `${a.model}:${u.name}` === m.a)!;
			const best = Math.max(...b.curves.units.map((v) => correlation(unit.tuning, v.tuning)));
			expect(m.correlation, m.a).toBeCloseTo(best, 4);
			expect(m.b?.startsWith(`${b.model}:`), m.a).toBe(true);
			expect(m.partner, m.a).toBe(m.correlation >= PARTNER_CORRELATION);
		}
		expect(c.withPartner).toBe(c.matches.filter((m) => m.partner).length);
		expect(c.total).toBe(a.curves.units.length);
	});
});
