// The curve family: chosen on the selection stimuli, then measured on evaluation stimuli it never saw.
// A unit joins it only with a clean tuning (one lobe) that keeps its angle; units that answer curves
// without that are listed apart, as curve-sensitive but not tuned.
import type { Model } from '../model/types';
import { angleDifference, angleSweep } from '../world/geometry';
import { largestGap, mean, preferredAngle, selectivity } from '../measure/measures';
import type { Probe } from '../measure/probe';
import { EVALUATION_CONDITIONS, SELECTION, type CurveCondition } from '../measure/curve-stimuli';
import type { ConditionResult, CurveEvaluation, Family, UnitTuning, UntunedUnit } from '../atlas/schema';
import { CRITERIA, curvesUnder, describe, family, mapSize, tuningTable, type Tf } from './common';
import { TUNING_ANGLES } from '../measure/sweeps';
import { analyzeCurveCircuit } from './curve-circuit';
import type { CensusRow } from '../atlas/census';

const LINE_ANGLES = angleSweep(10).filter((a) => a < 180);

/** Radii the curve stimuli are drawn at; the family is kept at the radius that shows it best. */
export const CURVE_RADII = [8, 12, 16];

/** Evaluation targets (criteria.ts): the angle's tolerance, and the shares of the conditions a member must keep. */
export { ANGLE_TOLERANCE, KEEPS_ANGLE, STAYS_SELECTIVE } from './criteria';
import { ANGLE_TOLERANCE, KEEPS_ANGLE, STAYS_SELECTIVE } from './criteria';

/** The strongest response more than CRITERIA.secondLobeDistance from the preferred angle, over the peak. */
export function secondLobe(curve: number[], angles: number[]): number {
	const peak = Math.max(...curve);
	const preferred = preferredAngle(curve, angles);
	const far = curve.filter((_, i) => Math.abs(angleDifference(angles[i], preferred)) > CRITERIA.secondLobeDistance);
	return peak > 0 && far.length ? Math.max(...far) / peak : 0;
}

/** Selective for curves, quiet for lines, not too faint: the criteria a curve-sensitive unit meets. */
const curveSensitive = (u: UnitTuning & { lineRatio: number }, layerPeak: number) =>
	u.selectivity >= CRITERIA.curveSelectivity &&
	u.lineRatio <= CRITERIA.lineRatio &&
	u.peak >= CRITERIA.minimumPeakShare * layerPeak;

export function candidate(tf: Tf, model: Model, p: Probe, layer: string, radius: number) {
	const size = mapSize(tf, model, layer);
	const curves = tuningTable(p, layer, size, curvesUnder(radius, SELECTION), TUNING_ANGLES);
	const lines = tuningTable(p, layer, size, curvesUnder(Infinity, SELECTION), LINE_ANGLES);
	const layerPeak = Math.max(...curves.flat());
	const sensitive = curves
		.map((curve, u) => ({
			...describe(layer, u, curve, TUNING_ANGLES),
			lineRatio: Math.max(...lines[u]) / Math.max(1e-9, Math.max(...curve)),
			secondLobe: secondLobe(curve, TUNING_ANGLES)
		}))
		.filter((u) => curveSensitive(u, layerPeak));
	const clean = sensitive.filter((u) => u.secondLobe <= CRITERIA.secondLobe);
	return { ...family(layer, 'curve', clean), sensitive, radius, size };
}

/** Where a network's figures read its curve family: the layer and radius of the census's rule (census.ts). */
export interface FamilyPlace {
	layer: string;
	radius: number;
}

export type Measured = { curve: number[]; result: ConditionResult }[][];

/** Each unit's tuning (and line response) under every evaluation condition: measured[unit][condition]. */
export function evaluate(
	p: Probe,
	layer: string,
	size: number,
	radius: number,
	units: UnitTuning[],
	conditions: CurveCondition[]
): Measured {
	const tables = conditions.map((condition) => ({
		curves: tuningTable(p, layer, size, curvesUnder(radius, condition), TUNING_ANGLES),
		lines: tuningTable(p, layer, size, curvesUnder(Infinity, condition), LINE_ANGLES)
	}));
	return units.map((u) =>
		tables.map(({ curves, lines }) => {
			const curve = curves[u.unit];
			const peak = Math.max(...curve);
			return {
				curve,
				result: {
					preferredAngle: preferredAngle(curve, TUNING_ANGLES),
					selectivity: selectivity(curve),
					lineRatio: Math.max(...lines[u.unit]) / Math.max(1e-9, peak),
					peak
				} satisfies ConditionResult
			};
		})
	);
}

/** Whether a reading keeps the unit's preferred angle, within ANGLE_TOLERANCE. */
export const keeps = (r: Pick<ConditionResult, 'preferredAngle'>, u: Pick<UnitTuning, 'preferredAngle'>) =>
	Math.abs(angleDifference(r.preferredAngle, u.preferredAngle)) <= ANGLE_TOLERANCE;

export function evaluatedUnit(u: UnitTuning, measured: Measured[number]) {
	const results = measured.map((m) => m.result);
	const selective = results.filter(
		(r) => r.selectivity >= CRITERIA.curveSelectivity && r.lineRatio <= CRITERIA.lineRatio
	).length;
	return {
		name: u.name,
		unit: u.unit,
		conditions: results,
		withinAngle: results.filter((r) => keeps(r, u)).length / results.length,
		selective: selective / results.length
	};
}

const moved = (c: CurveCondition) => c.offset.x !== 0 || c.offset.y !== 0;

function evaluation(units: UnitTuning[], measured: Measured, conditions: CurveCondition[]): CurveEvaluation {
	const gapOver = (keep: (c: CurveCondition) => boolean) =>
		largestGap(
			measured.map((perCondition) => {
				const curves = perCondition.filter((_, i) => keep(conditions[i])).map((m) => m.curve);
				return preferredAngle(
					TUNING_ANGLES.map((_, a) => mean(curves.map((c) => c[a]))),
					TUNING_ANGLES
				);
			})
		);
	const evaluated = units.map((u, i) => evaluatedUnit(u, measured[i]));
	const withinAngleByCondition = conditions.map((_, c) =>
		units.length ? units.filter((u, i) => keeps(measured[i][c].result, u)).length / units.length : 0
	);
	const centred = withinAngleByCondition.filter((_, c) => !moved(conditions[c]));
	return {
		conditions,
		units: evaluated,
		unitsKeepingAngle: evaluated.filter((u) => u.withinAngle >= KEEPS_ANGLE).length,
		unitsSelective: evaluated.filter((u) => u.selective >= STAYS_SELECTIVE).length,
		largestGap: gapOver(() => true),
		largestGapByPolarity: {
			dark: gapOver((c) => c.polarity === 'dark'),
			light: gapOver((c) => c.polarity === 'light')
		},
		largestGapByPosition: { centred: gapOver((c) => !moved(c)), moved: gapOver(moved) },
		withinAngleByCondition,
		worstCentredWithinAngle: centred.length ? Math.min(...centred) : 0
	};
}

/**
 * The family at `place`, chosen on the selection stimuli and measured on the evaluation; `candidates` are the
 * census's rows, every layer × radius the rule looked at.
 */
export function analyzeCurves(
	tf: Tf,
	model: Model,
	p: Probe,
	place: FamilyPlace,
	census: CensusRow[],
	log: (line: string) => void
) {
	log(`curves: the family at ${place.layer}, radius ${place.radius}, on the selection stimuli`);
	const { size, radius, sensitive, ...chosen } = candidate(tf, model, p, place.layer, place.radius);
	const candidates = census.map((r) => ({
		layer: r.layer,
		radius: r.radius,
		units: r.clean,
		curveSensitive: r.curveSensitive,
		largestGap: r.selectionGap
	}));
	log(
		`curves: ${sensitive.length} curve-sensitive units in ${chosen.layer} at radius ${radius}, ` +
			`${chosen.units.length} with one lobe; evaluating on ${EVALUATION_CONDITIONS.length} conditions`
	);
	const measured = evaluate(p, chosen.layer, size, radius, sensitive, EVALUATION_CONDITIONS);
	const cleanAtSelection = new Set(chosen.units.map((u) => u.unit));
	const tested = sensitive.map((u, i) => ({ u, measured: measured[i], evaluated: evaluatedUnit(u, measured[i]) }));
	const members = tested.filter((t) => cleanAtSelection.has(t.u.unit) && t.evaluated.withinAngle >= KEEPS_ANGLE);
	const untuned: UntunedUnit[] = tested
		.filter((t) => !members.includes(t))
		.map((t) => ({
			...t.u,
			reasons: [
				...(t.u.secondLobe > CRITERIA.secondLobe ? (['second lobe'] as const) : []),
				...(t.evaluated.withinAngle < KEEPS_ANGLE ? (['moves on evaluation'] as const) : [])
			],
			withinAngle: t.evaluated.withinAngle,
			selective: t.evaluated.selective
		}));
	const clean: Family = family(
		chosen.layer,
		'curve',
		members.map((t) => t.u)
	);
	const memberMeasured = clean.units.map((u) => members.find((t) => t.u.unit === u.unit)!.measured);
	const circuit = analyzeCurveCircuit(
		tf,
		model,
		p,
		{ layer: chosen.layer, radius, size, units: clean.units },
		memberMeasured,
		log
	);
	return {
		radius,
		curves: {
			...clean,
			untuned,
			candidates,
			evaluation: evaluation(clean.units, memberMeasured, EVALUATION_CONDITIONS)
		},
		...circuit
	};
}
