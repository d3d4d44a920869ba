import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Atlas } from './atlas';
import { checkAtlas } from './check';
import { analyze } from './run';
import { loadNodeModel, MODEL_DIR, MODEL_NAME, nodeTf } from '../model/node';
import { CLASS_KINDS, type ClassName } from '../world/classes';

const atlas: Atlas = checkAtlas(JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8')));

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

describe('the committed atlas', () => {
	it('is the atlas of the committed model: a fresh analysis reproduces it', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		expectClose(JSON.parse(JSON.stringify(analyze(tf, model, MODEL_NAME))), atlas);
	}, 600_000);

	it('records a held-out accuracy of at least 90%', () => {
		expect(atlas.heldoutAccuracy).toBeGreaterThanOrEqual(0.9);
	});

	it('finds a curve family of at least 8 selective units that barely answer straight lines', () => {
		expect(atlas.curves.units.length).toBeGreaterThanOrEqual(8);
		for (const unit of atlas.curves.units) {
			expect(unit.selectivity, unit.name).toBeGreaterThanOrEqual(3);
			expect(unit.lineRatio, unit.name).toBeLessThanOrEqual(0.3);
		}
	});

	it('finds a curve family that tiles the circle with no gap over 60°', () => {
		expect(atlas.curves.largestGap).toBeLessThanOrEqual(60);
	});

	it('finds early curves in the layer below and measures every edge from them into the curves', () => {
		expect(atlas.earlyCurves.units.length).toBeGreaterThan(0);
		expect(atlas.earlyCurves.layer).not.toBe(atlas.curves.layer);
		const c = atlas.curveCircuit;
		expect(c.edges).toHaveLength(atlas.earlyCurves.units.length * atlas.curves.units.length);
		for (const edge of c.edges) {
			expect(edge.kernel).toHaveLength(5);
			expect(Math.sign(edge.kernel.flat().reduce((a, b) => a + b, 0)) || 1).toBe(edge.sign);
		}
		// more of the same- and opposite-orientation edges have the paper's sign than not
		expect(c.expectedSignFraction).toBeGreaterThan(0.5);
	});

	// Not met by inception-world-v8 (58% of 466 pairs; 47–66% for the models before it): marked as an
	// expected failure, so the day a model meets it this test fails and asks to become a plain assertion.
	it.fails('target not yet met: at least 75% of same/opposite-orientation edges excite/inhibit', () => {
		expect(atlas.curveCircuit.expectedSignFraction).toBeGreaterThanOrEqual(0.75);
	});

	it('sees echoes appear when the negative weights of those edges are removed', () => {
		expect(atlas.echoes.rise).toBeGreaterThanOrEqual(0.2);
	});

	it('finds a high-low frequency family of at least 4 units tuned to the boundary', () => {
		expect(atlas.highLow.units.length).toBeGreaterThanOrEqual(4);
		for (const unit of atlas.highLow.units) expect(unit.selectivity, unit.name).toBeGreaterThanOrEqual(3);
	});

	it('finds oriented head units, a union that answers both ways, and the inhibition between the two sides', () => {
		const h = atlas.heads;
		expect(h.left.leftRightRatio).toBeGreaterThanOrEqual(3);
		expect(h.right.leftRightRatio).toBeLessThanOrEqual(1 / 3);
		expect(h.union.leftRightRatio).toBeGreaterThanOrEqual(0.5);
		expect(h.union.leftRightRatio).toBeLessThanOrEqual(2);
		expect(h.inhibitoryEdges.length).toBeGreaterThan(0);
		expect(h.inhibitoryEdges.every((e) => e.sign < 0)).toBe(true);
	});

	it('measures how much the oriented pair loses its preference when the inhibition between the pathways is cut', () => {
		const h = atlas.heads;
		const strength = (ratio: number) => Math.abs(Math.log(ratio));
		// cutting inhibition never sharpens a unit, and blunts at least one of the two
		expect(strength(h.afterCut.left.leftRightRatio)).toBeLessThanOrEqual(strength(h.left.leftRightRatio) + 1e-9);
		expect(strength(h.afterCut.right.leftRightRatio)).toBeLessThanOrEqual(strength(h.right.leftRightRatio) + 1e-9);
		const fall = strength(h.left.leftRightRatio) + strength(h.right.leftRightRatio) - strength(h.afterCut.left.leftRightRatio) - strength(h.afterCut.right.leftRightRatio);
		expect(fall).toBeGreaterThan(0);
	});

	it('names the most polysemantic unit with the classes it answers, of unrelated kinds', () => {
		expect(atlas.polysemantic.classes.length).toBeGreaterThanOrEqual(2);
		const kinds = new Set(atlas.polysemantic.classes.map((c) => CLASS_KINDS[c.name as ClassName]));
		expect(kinds.size).toBeGreaterThanOrEqual(2);
		expect(atlas.polysemantic.kindEntropyBits).toBeGreaterThan(1);
		expect(atlas.polysemantic.name).toBe(`${atlas.polysemantic.layer}:${atlas.polysemantic.unit}`);
	});
});
