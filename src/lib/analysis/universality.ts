// Claim 3 on our side: what two networks trained apart (other seed, other width) both grow.
import { angleDifference } from '../world/geometry';
import { correlation } from '../measure/measures';
import { percentile } from '../measure/measures';
import { Rng } from '../world/rng';
import { unitName } from '../unit';
import type { Atlas } from '../atlas/schema';
import { CRITERIA } from './common';

/**
 * A clean curve unit of A has a partner in B when B's best-correlated clean curve unit correlates at least this well.
 */
export const PARTNER_CORRELATION = 0.8;

/** A unit with its network's name, so units of two networks are never confused: inception-world-v10a:mixed3b:54. */
export const networkUnitName = (model: string, unit: string) => `${model}:${unit}`;

/** The unit part of a name networkUnitName wrote (mixed3b:54), for a label under its network's heading. */
export const unitPart = (name: string) => name.split(':').slice(-2).join(':');

export interface CurveMatch {
	/**
	 * A's unit, and B's clean curve unit whose tuning curve (on the selection stimuli) correlates best with it;
	 * null when B has none
	 */
	a: string;
	b: string | null;
	/** Pearson correlation of the two tuning curves */
	correlation: number;
	/** how far their preferred angles are apart, degrees */
	angleDifference: number;
	/** correlation ≥ PARTNER_CORRELATION */
	partner: boolean;
}

export interface Universality {
	a: string;
	b: string;
	curves: {
		/** one match for each unit of A's clean curve family */
		matches: CurveMatch[];
		partnerCorrelation: number;
		withPartner: number;
		total: number;
	};
	/** partners counted one to one (no unit of B partners two of A), against chance */
	oneToOne: OneToOne;
	/** whether each family the article names is found in each network, by the atlas's own criteria */
	families: { kind: string; a: boolean; b: boolean; unitsA: number; unitsB: number }[];
}

/** How many draws of B turned at random the null takes. */
export const NULL_DRAWS = 2000;

export interface OneToOne {
	/** A's units paired with B's one to one, the most correlated pair first; partners correlate at ≥ PARTNER_CORRELATION */
	pairs: { a: string; b: string; correlation: number }[];
	partners: number;
	/**
	 * the same count when each of B's tuning curves is first turned by its own random angle (a multiple of the
	 * sampling step), over NULL_DRAWS draws: what families of these sizes give by chance
	 */
	null: { draws: number; mean: number; p95: number; atLeastObserved: number };
}

/** Pairs of rows of A and B, one to one, taken greedily by correlation (highest first). */
function pairOneToOne(a: number[][], b: number[][]): { i: number; j: number; r: number }[] {
	const all = a.flatMap((u, i) => b.map((v, j) => ({ i, j, r: correlation(u, v) })));
	all.sort((x, y) => y.r - x.r || x.i - y.i || x.j - y.j);
	const usedA = new Set<number>();
	const usedB = new Set<number>();
	const pairs = [];
	for (const p of all) {
		if (usedA.has(p.i) || usedB.has(p.j)) continue;
		usedA.add(p.i);
		usedB.add(p.j);
		pairs.push(p);
	}
	return pairs;
}

const turned = (curve: number[], steps: number) =>
	curve.map((_, k) => curve[(k - steps + curve.length) % curve.length]);

/** A's clean curve units paired with B's one to one, and how many partners B's tunings turned at random give. */
export function oneToOne(a: Atlas, b: Atlas, draws = NULL_DRAWS): OneToOne {
	const ta = a.curves.units.map((u) => u.tuning);
	const tb = b.curves.units.map((u) => u.tuning);
	const partnersOf = (pairs: { r: number }[]) => pairs.filter((p) => p.r >= PARTNER_CORRELATION).length;
	const pairs = pairOneToOne(ta, tb);
	const partners = partnersOf(pairs);
	const rng = new Rng(20200310);
	const counts = Array.from({ length: draws }, () =>
		partnersOf(
			pairOneToOne(
				ta,
				tb.map((curve) => turned(curve, rng.int(0, curve.length)))
			)
		)
	);
	return {
		pairs: pairs.map((p) => ({
			a: networkUnitName(a.model, unitName(a.curves.units[p.i])),
			b: networkUnitName(b.model, unitName(b.curves.units[p.j])),
			correlation: p.r
		})),
		partners,
		null: {
			draws,
			mean: counts.reduce((s, c) => s + c, 0) / draws,
			p95: percentile(counts, 95),
			atLeastObserved: counts.filter((c) => c >= partners).length / draws
		}
	};
}

/** Whether an atlas finds each family: the thresholds the article's claims use. */
function found(atlas: Atlas) {
	const median = (ratio: number | null) => (ratio === null ? Infinity : ratio);
	return [
		{ kind: 'curve detectors', units: atlas.curves.units.length, found: atlas.curves.units.length >= 8 },
		{ kind: 'early curves', units: atlas.earlyCurves.units.length, found: atlas.earlyCurves.units.length >= 4 },
		{ kind: 'high-low frequency detectors', units: atlas.highLow.units.length, found: atlas.highLow.units.length >= 4 },
		{
			kind: 'oriented dog heads',
			units: atlas.heads.layers.reduce((n, l) => n + l.leftUnits + l.rightUnits, 0),
			found:
				median(atlas.heads.left.leftRight.median) >= CRITERIA.orientedRatio &&
				1 / median(atlas.heads.right.leftRight.median) >= CRITERIA.orientedRatio
		}
	];
}

/** Each of A's clean curve units with its best-correlated partner among B's. */
export function matchCurves(a: Atlas, b: Atlas): CurveMatch[] {
	return a.curves.units.map((u) => {
		const best = b.curves.units
			.map((v) => ({ v, r: correlation(u.tuning, v.tuning) }))
			.sort((x, y) => y.r - x.r || x.v.unit - y.v.unit)[0];
		return {
			a: networkUnitName(a.model, unitName(u)),
			b: best ? networkUnitName(b.model, unitName(best.v)) : null,
			correlation: best?.r ?? 0,
			angleDifference: best ? Math.abs(angleDifference(best.v.preferredAngle, u.preferredAngle)) : 180,
			partner: !!best && best.r >= PARTNER_CORRELATION
		};
	});
}

export function compareAtlases(a: Atlas, b: Atlas): Universality {
	const matches = matchCurves(a, b);
	const [fa, fb] = [found(a), found(b)];
	return {
		a: a.model,
		b: b.model,
		curves: {
			matches,
			partnerCorrelation: PARTNER_CORRELATION,
			withPartner: matches.filter((m) => m.partner).length,
			total: matches.length
		},
		oneToOne: oneToOne(a, b),
		families: fa.map((f, i) => ({ kind: f.kind, a: f.found, b: fb[i].found, unitsA: f.units, unitsB: fb[i].units }))
	};
}
