// The curve family: chosen on the selection stimuli, then measured on evaluation stimuli it never saw;
// the early curves below it, the edges between the two, and what removing their negative weights does.
import type { Model } from '../model/inception';
import { compileEdits, type EdgeEdit } from '../model/edits';
import { angleDifference, angleSweep } from '../world/geometry';
import { echoShift, largestGap, mean, median, preferredAngle, selectivity } from '../measure/measures';
import type { Probe } from '../measure/probe';
import { conditionCurve, EVALUATION, SELECTION, type CurveCondition } from '../measure/stimuli';
import type { Atlas, ConditionResult, CurveEvaluation, EchoEdit, Family, UnitTuning } from './atlas';
import { CRITERIA, describe, edges, family, layerBefore, mapSize, pairsOf, TUNING_ANGLES, tuningTable, type Tf } from './common';

const LINE_ANGLES = angleSweep(10).filter((a) => a < 180);

/** Radii the curve stimuli are drawn at; the family is kept at the radius that shows it best. */
export const CURVE_RADII = [8, 12, 16];

/** The paper finds its curve family in mixed3b; the atlas reports ours from the same layer. */
export const CURVE_LAYER = 'mixed3b';

/** Evaluation targets: a unit keeps its angle within this many degrees … */
export const ANGLE_TOLERANCE = 30;

const curvesUnder = (radius: number, condition: CurveCondition) => (angle: number, shift: { x: number; y: number }) => [conditionCurve(angle, radius, shift, condition)];

function candidate(tf: Tf, model: Model, p: Probe, layer: string, radius: number) {
	const size = mapSize(tf, model, layer);
	const curves = tuningTable(p, layer, size, curvesUnder(radius, SELECTION), TUNING_ANGLES);
	const lines = tuningTable(p, layer, size, curvesUnder(Infinity, SELECTION), LINE_ANGLES);
	const layerPeak = Math.max(...curves.flat());
	const units = curves
		.map((curve, u) => ({ ...describe(layer, u, curve, TUNING_ANGLES), lineRatio: Math.max(...lines[u]) / Math.max(1e-9, Math.max(...curve)) }))
		.filter((u) => u.selectivity >= CRITERIA.curveSelectivity && u.lineRatio <= CRITERIA.lineRatio && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
	return { ...family(layer, 'curve', units), radius, size };
}

/**
 * The family of CURVE_LAYER at the radius that tiles the circle best (among radii giving 8 units or
 * more), all on the selection stimuli; every layer × radius is listed, so the choice can be checked.
 */
function chooseFamily(tf: Tf, model: Model, p: Probe) {
	const tried = ['mixed3a', 'mixed3b', 'mixed4a'].flatMap((layer) => CURVE_RADII.map((radius) => candidate(tf, model, p, layer, radius)));
	const own = tried.filter((f) => f.layer === CURVE_LAYER);
	const full = own.filter((f) => f.units.length >= 8);
	const best = full.length
		? full.sort((a, b) => a.largestGap - b.largestGap || b.units.length - a.units.length)[0]
		: own.sort((a, b) => b.units.length - a.units.length || a.largestGap - b.largestGap)[0];
	const candidates = tried.map((f) => ({ layer: f.layer, radius: f.radius, units: f.units.length, largestGap: f.largestGap }));
	return { ...best, candidates };
}

/** Each family unit's tuning (and line response) under every evaluation condition. */
function evaluate(p: Probe, chosen: Family & { radius: number; size: number }, conditions: CurveCondition[]) {
	const tables = conditions.map((condition) => ({
		curves: tuningTable(p, chosen.layer, chosen.size, curvesUnder(chosen.radius, condition), TUNING_ANGLES),
		lines: tuningTable(p, chosen.layer, chosen.size, curvesUnder(Infinity, condition), LINE_ANGLES)
	}));
	return chosen.units.map((u) =>
		tables.map(({ curves, lines }) => {
			const curve = curves[u.unit];
			const peak = Math.max(...curve);
			return { curve, result: { preferredAngle: preferredAngle(curve, TUNING_ANGLES), selectivity: selectivity(curve), lineRatio: Math.max(...lines[u.unit]) / Math.max(1e-9, peak), peak } satisfies ConditionResult };
		})
	);
}

function evaluation(units: UnitTuning[], measured: ReturnType<typeof evaluate>, conditions: CurveCondition[]): CurveEvaluation {
	const gapOver = (keep: (c: CurveCondition) => boolean) =>
		largestGap(
			measured.map((perCondition) => {
				const curves = perCondition.filter((_, i) => keep(conditions[i])).map((m) => m.curve);
				return preferredAngle(TUNING_ANGLES.map((_, a) => mean(curves.map((c) => c[a]))), TUNING_ANGLES);
			})
		);
	const evaluated = units.map((u, i) => {
		const results = measured[i].map((m) => m.result);
		const within = results.filter((r) => Math.abs(angleDifference(r.preferredAngle, u.preferredAngle)) <= ANGLE_TOLERANCE).length;
		const selective = results.filter((r) => r.selectivity >= CRITERIA.curveSelectivity && r.lineRatio <= CRITERIA.lineRatio).length;
		return { name: u.name, unit: u.unit, conditions: results, withinAngle: within / results.length, selective: selective / results.length };
	});
	const moved = (c: CurveCondition) => c.offset.x !== 0 || c.offset.y !== 0;
	return {
		conditions,
		units: evaluated,
		unitsKeepingAngle: evaluated.filter((u) => u.withinAngle >= 0.7).length,
		unitsSelective: evaluated.filter((u) => u.selective >= 0.8).length,
		largestGapByPolarity: { dark: gapOver((c) => c.polarity === 'dark'), light: gapOver((c) => c.polarity === 'light') },
		largestGapByPosition: { centred: gapOver((c) => !moved(c)), moved: gapOver(moved) }
	};
}

function earlyFamily(tf: Tf, model: Model, p: Probe, layer: string, radius: number) {
	const size = mapSize(tf, model, layer);
	const curves = tuningTable(p, layer, size, curvesUnder(radius, SELECTION), TUNING_ANGLES);
	const layerPeak = Math.max(...curves.flat());
	const units = curves.map((curve, u) => describe(layer, u, curve, TUNING_ANGLES)).filter((u) => u.selectivity >= CRITERIA.earlySelectivity && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
	return family(layer, 'early-curve', units);
}

/** Removes the negative weights of `pairs`, and measures the family with and without them. */
function echoEdit(tf: Tf, model: Model, p: Probe, chosen: Family & { radius: number; size: number }, name: EchoEdit['name'], edgeList: Atlas['curveCircuit']['edges'], before: ReturnType<typeof evaluate>, centred: CurveCondition[]): EchoEdit {
	const edit: EdgeEdit = { target: chosen.layer, mode: 'drop-negative', pairs: pairsOf(edgeList) };
	const compiled = compileEdits(tf, model, [edit]);
	try {
		const selectionAfter = tuningTable(p, chosen.layer, chosen.size, curvesUnder(chosen.radius, SELECTION), TUNING_ANGLES, compiled);
		const after = centred.map((condition) => tuningTable(p, chosen.layer, chosen.size, curvesUnder(chosen.radius, condition), TUNING_ANGLES, compiled));
		const shifts = chosen.units.flatMap((u, i) => centred.map((_, c) => echoShift(before[i][c].curve, after[c][u.unit], TUNING_ANGLES)));
		return {
			name,
			pairs: edgeList.length,
			exact: compiled.exact,
			tuningAfter: chosen.units.map((u) => selectionAfter[u.unit]),
			rise180: median(shifts.map((s) => s.at180)),
			rise90: median(shifts.map((s) => s.at90)),
			margin: median(shifts.map((s) => s.margin)),
			selectivityBefore: median(chosen.units.flatMap((_, i) => centred.map((_, c) => selectivity(before[i][c].curve)))),
			selectivityAfter: median(chosen.units.flatMap((u) => after.map((table) => selectivity(table[u.unit]))))
		};
	} finally {
		compiled.dispose();
	}
}

export function analyzeCurves(tf: Tf, model: Model, p: Probe, log: (line: string) => void) {
	log('curves: choosing the family on the selection stimuli');
	const { size, radius, candidates, ...chosen } = chooseFamily(tf, model, p);
	const withSize = { ...chosen, radius, size };
	log(`curves: ${chosen.units.length} units in ${chosen.layer} at radius ${radius}; evaluating on ${EVALUATION.length} conditions`);
	const measured = evaluate(p, withSize, EVALUATION);
	const earlyLayer = layerBefore(model, chosen.layer);
	const earlyCurves = earlyFamily(tf, model, p, earlyLayer, radius);
	const circuitEdges = edges(
		tf,
		model,
		chosen.layer,
		earlyLayer,
		earlyCurves.units.map((u) => ({ unit: u.unit, angle: u.preferredAngle })),
		chosen.units.map((u) => ({ unit: u.unit, angle: u.preferredAngle }))
	);
	const same = circuitEdges.filter((e) => e.relation === 'same');
	const opposite = circuitEdges.filter((e) => e.relation === 'opposite');
	log('curves: echoes');
	const centredIndex = EVALUATION.map((c, i) => (c.offset.x === 0 && c.offset.y === 0 ? i : -1)).filter((i) => i >= 0);
	const centredBefore = measured.map((perCondition) => centredIndex.map((i) => perCondition[i]));
	const centred = centredIndex.map((i) => EVALUATION[i]);
	const echoes = [
		echoEdit(tf, model, p, withSize, 'all-negative', circuitEdges, centredBefore, centred),
		echoEdit(tf, model, p, withSize, 'opposite-negative', opposite, centredBefore, centred)
	];
	return {
		radius,
		curves: { ...chosen, candidates, evaluation: evaluation(chosen.units, measured, EVALUATION) },
		earlyCurves,
		curveCircuit: {
			edges: circuitEdges,
			sameOrientation: { pairs: same.length, excitatory: same.filter((e) => e.sign > 0).length },
			oppositeOrientation: { pairs: opposite.length, inhibitory: opposite.filter((e) => e.sign < 0).length },
			expectedSignFraction: (same.filter((e) => e.sign > 0).length + opposite.filter((e) => e.sign < 0).length) / Math.max(1, same.length + opposite.length)
		},
		echoes
	};
}
