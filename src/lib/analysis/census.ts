// Curve families layer by layer: every layer from conv2d2 to mixed4a searched at every radius with the
// family's own rule (chosen on the selection stimuli), and every candidate put through the same evaluation,
// short arcs and other radii included. A declared rule then picks the family a figure shows.
import type { Model } from '../model/types';
import { layerStride, receptiveField } from '../model/architecture';
import { largestGap, mean, median, preferredAngle } from '../measure/measures';
import type { Probe } from '../measure/probe';
import { EVALUATION_CONDITIONS, SELECTION, type CurveCondition } from '../measure/curve-stimuli';
import { TUNING_ANGLES } from '../measure/sweeps';
import type { CensusProbe, CensusRow, CurveCensus } from '../atlas/census';
import { curvesUnder, tuningTable, type Render, type Tf } from './common';
import { AUDIT_CONDITIONS, auditCurve } from '../measure/audit-stimuli';
import { candidate, CURVE_RADII, evaluate, evaluatedUnit, KEEPS_ANGLE, keeps } from './curves';

/** The layers searched: from the last plain convolution to the first block after the second pool. */
export const CENSUS_LAYERS = ['conv2d2', 'mixed3a', 'mixed3b', 'mixed4a'];

/** Short arcs, in degrees of a circle: the paper's curves are arcs of about this much. */
export const SHORT_ARCS = [60, 90, 120];

/** A family "tiles the circle" with at least this many clean units (the paper's have about ten). */
export const FULL_FAMILY = 8;

/**
 * The rule, declared before the census was measured: of every layer × radius, the family a figure shows is
 * the one whose clean units tile the circle best on the selection stimuli (the smallest widest gap among
 * candidates with at least FULL_FAMILY clean units, then the most units; with none that large, the most
 * units). Over several trainings, the pick of most of them. Chosen on the selection stimuli alone; every
 * number reported about it comes from the evaluation.
 */
export const FAMILY_RULE =
	`Of every layer from conv2d2 to mixed4a at every radius, the family whose clean units tile the circle best ` +
	`on the selection stimuli: the smallest widest gap among those with at least ${FULL_FAMILY} clean units, ` +
	`then the most units; over several trainings, the pick of most of them.`;

type Pickable = { layer: string; radius: number; clean: number; selectionGap: number };

/** The candidate FAMILY_RULE picks in one network. */
export function pickFamily<T extends Pickable>(rows: T[]): T {
	const full = rows.filter((r) => r.clean >= FULL_FAMILY);
	const order = full.length
		? (a: T, b: T) => a.selectionGap - b.selectionGap || b.clean - a.clean
		: (a: T, b: T) => b.clean - a.clean || a.selectionGap - b.selectionGap;
	return [...(full.length ? full : rows)].sort(order)[0];
}

/** The pick of most trainings (the first training's on a tie). */
export function pickOverTrainings(picks: { layer: string; radius: number }[]): { layer: string; radius: number } {
	const key = (p: { layer: string; radius: number }) => `${p.layer}@${p.radius}`;
	const votes = new Map<string, number>();
	for (const p of picks) votes.set(key(p), (votes.get(key(p)) ?? 0) + 1);
	const most = Math.max(...votes.values());
	return picks.find((p) => votes.get(key(p)) === most)!;
}

/** The selection's look, with another arc length (pixels). */
const withLength = (length: number): CurveCondition => ({ ...SELECTION, name: `selection/${length} px`, length });

/** An arc of `degrees` at `radius`, in pixels of stroke. */
export const arcLength = (degrees: number, radius: number) => (degrees / 180) * Math.PI * radius;

function probeKept(
	p: Probe,
	layer: string,
	size: number,
	kept: { unit: number; preferredAngle: number; peak: number }[],
	value: number,
	render: Render
): CensusProbe {
	if (!kept.length) return { value, keep: 0, medianPeak: 0 };
	const curves = tuningTable(p, layer, size, render, TUNING_ANGLES);
	const results = kept.map((u) => {
		const curve = curves[u.unit];
		const peak = Math.max(...curve);
		return { keeps: keeps({ preferredAngle: preferredAngle(curve, TUNING_ANGLES) }, u), peak: peak / u.peak };
	});
	return { value, keep: results.filter((r) => r.keeps).length, medianPeak: median(results.map((r) => r.peak)) };
}

function censusRow(tf: Tf, model: Model, p: Probe, layer: string, radius: number): CensusRow {
	const found = candidate(tf, model, p, layer, radius);
	const measured = evaluate(p, layer, found.size, radius, found.units, EVALUATION_CONDITIONS);
	const keptAt = found.units
		.map((u, i) => ({ u, measured: measured[i] }))
		.filter(({ u, measured }) => evaluatedUnit(u, measured).withinAngle >= KEEPS_ANGLE);
	const evaluationAngles = keptAt.map(({ measured }) =>
		preferredAngle(
			TUNING_ANGLES.map((_, a) => mean(measured.map((m) => m.curve[a]))),
			TUNING_ANGLES
		)
	);
	const kept = keptAt.map(({ u }) => u);
	return {
		layer,
		radius,
		mapSize: found.size,
		stride: layerStride(model.architecture, layer),
		receptiveField: receptiveField(model.architecture, layer),
		curveSensitive: found.sensitive.length,
		clean: found.units.length,
		selectionGap: found.largestGap,
		kept: kept.length,
		evaluationGap: largestGap(evaluationAngles),
		keptUnits: kept.map((u) => ({ unit: u.unit, preferredAngle: u.preferredAngle, tuning: u.tuning })),
		shortArcs: SHORT_ARCS.map((arc) =>
			probeKept(p, layer, found.size, kept, arc, curvesUnder(radius, withLength(arcLength(arc, radius))))
		),
		otherRadii: CURVE_RADII.filter((r) => r !== radius).map((r) =>
			probeKept(p, layer, found.size, kept, r, curvesUnder(r, SELECTION))
		),
		otherRenderer: AUDIT_CONDITIONS.map((condition, i) =>
			probeKept(p, layer, found.size, kept, i, (angle, shift) => [auditCurve(angle, radius, shift, condition)])
		)
	};
}

/** Every layer of CENSUS_LAYERS the network has, at every radius, and the rule's pick. */
export function curveCensus(tf: Tf, model: Model, p: Probe, log: (line: string) => void = () => {}): CurveCensus {
	const names = new Set(model.architecture.layers.map((l) => l.name));
	const rows = CENSUS_LAYERS.filter((l) => names.has(l)).flatMap((layer) =>
		CURVE_RADII.map((radius) => {
			const row = censusRow(tf, model, p, layer, radius);
			log(`census: ${layer} at radius ${radius}: ${row.clean} clean, ${row.kept} kept on evaluation`);
			return row;
		})
	);
	const { layer, radius } = pickFamily(rows);
	return { rule: FAMILY_RULE, rows, pick: { layer, radius } };
}
