// Claim 3 on our side: what two networks trained apart (other seed, other width) both grow.
import { angleDifference } from '../world/geometry';
import { correlation } from '../measure/measures';
import type { Atlas } from './atlas';
import { CRITERIA } from './common';

/** A unit of A's curve family has a partner in B when B's best-correlated curve unit prefers an angle this close. */
export const PARTNER_TOLERANCE = 15;

export interface Universality {
	a: string;
	b: string;
	curves: {
		/** for each unit of A's family: B's unit whose tuning curve correlates best, and how far their angles are apart */
		matches: { a: string; b: string; correlation: number; angleDifference: number; partner: boolean }[];
		withPartner: number;
		total: number;
	};
	/** whether each family the article names is found in each network, by the atlas's own criteria */
	families: { kind: string; a: boolean; b: boolean; unitsA: number; unitsB: number }[];
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
			found: median(atlas.heads.left.leftRight.median) >= CRITERIA.orientedRatio && 1 / median(atlas.heads.right.leftRight.median) >= CRITERIA.orientedRatio
		}
	];
}

export function compareAtlases(a: Atlas, b: Atlas): Universality {
	const matches = a.curves.units.map((u) => {
		const best = b.curves.units
			.map((v) => ({ v, r: correlation(u.tuning, v.tuning) }))
			.sort((x, y) => y.r - x.r)[0];
		const difference = best ? Math.abs(angleDifference(best.v.preferredAngle, u.preferredAngle)) : 180;
		return { a: u.name, b: best?.v.name ?? '', correlation: best?.r ?? 0, angleDifference: difference, partner: !!best && difference <= PARTNER_TOLERANCE };
	});
	const [fa, fb] = [found(a), found(b)];
	return {
		a: a.model,
		b: b.model,
		curves: { matches, withPartner: matches.filter((m) => m.partner).length, total: matches.length },
		families: fa.map((f, i) => ({ kind: f.kind, a: f.found, b: fb[i].found, unitsA: f.units, unitsB: fb[i].units }))
	};
}
