// The curve circuit: the early curves below the family, the edges between the two, what removing their
// negative weights does to the family's tuning, and why (the echo measurement, and the sentence it chooses).
import type { Model } from '../model/types';
import { compileEdits } from '../model/edits';
import type { EdgeEdit } from '../model/types';
import { receptiveField } from '../model/architecture';
import { echoShift, median, selectivity } from '../measure/measures';
import type { Probe } from '../measure/probe';
import { EVALUATION_CONDITIONS, SELECTION, type CurveCondition } from '../measure/curve-stimuli';
import type { Atlas, EchoEdit, UnitTuning } from '../atlas/schema';
import {
	CRITERIA,
	curvesUnder,
	describe,
	edges,
	family,
	layerBefore,
	mapSize,
	pairsOf,
	tuningTable,
	type Tf
} from './common';
import { TUNING_ANGLES } from '../measure/sweeps';
import { echoMechanism } from './echo';
import { handsetEchoReference } from './echo-handset';
import { echoFinding } from './echo-finding';

/** The family as the circuit's measurements read it. */
export interface ChosenFamily {
	layer: string;
	radius: number;
	size: number;
	units: UnitTuning[];
}

export function earlyFamily(tf: Tf, model: Model, p: Probe, layer: string, radius: number) {
	const size = mapSize(tf, model, layer);
	const curves = tuningTable(p, layer, size, curvesUnder(radius, SELECTION), TUNING_ANGLES);
	const layerPeak = Math.max(...curves.flat());
	const units = curves
		.map((curve, u) => describe(layer, u, curve, TUNING_ANGLES))
		.filter((u) => u.selectivity >= CRITERIA.earlySelectivity && u.peak >= CRITERIA.minimumPeakShare * layerPeak);
	return family(layer, 'early-curve', units);
}

/** Removes the negative weights of `pairs`, and measures the family with and without them. */
function echoEdit(
	tf: Tf,
	model: Model,
	p: Probe,
	chosen: ChosenFamily,
	name: EchoEdit['name'],
	edgeList: Atlas['curveCircuit']['edges'],
	before: number[][][],
	centred: CurveCondition[]
): EchoEdit {
	const edit: EdgeEdit = { target: chosen.layer, mode: 'drop-negative', pairs: pairsOf(edgeList) };
	const compiled = compileEdits(tf, model, [edit]);
	try {
		const selectionAfter = tuningTable(
			p,
			chosen.layer,
			chosen.size,
			curvesUnder(chosen.radius, SELECTION),
			TUNING_ANGLES,
			compiled
		);
		const after = centred.map((condition) =>
			tuningTable(p, chosen.layer, chosen.size, curvesUnder(chosen.radius, condition), TUNING_ANGLES, compiled)
		);
		const shifts = chosen.units.flatMap((u, i) =>
			centred.map((_, c) => echoShift(before[i][c], after[c][u.unit], TUNING_ANGLES))
		);
		return {
			name,
			pairs: edgeList.length,
			exact: compiled.exact,
			tuningAfter: chosen.units.map((u) => selectionAfter[u.unit]),
			rise180: median(shifts.map((s) => s.at180)),
			rise90: median(shifts.map((s) => s.at90)),
			margin: median(shifts.map((s) => s.margin)),
			selectivityBefore: median(chosen.units.flatMap((_, i) => centred.map((_, c) => selectivity(before[i][c])))),
			selectivityAfter: median(chosen.units.flatMap((u) => after.map((table) => selectivity(table[u.unit]))))
		};
	} finally {
		compiled.dispose();
	}
}

/** `measured[unit][condition]` holds each family unit's tuning under every evaluation condition. */
export function analyzeCurveCircuit(
	tf: Tf,
	model: Model,
	p: Probe,
	chosen: ChosenFamily,
	measured: { curve: number[] }[][],
	log: (line: string) => void
) {
	const earlyLayer = layerBefore(model, chosen.layer);
	const earlyCurves = earlyFamily(tf, model, p, earlyLayer, chosen.radius);
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
	const centredIndex = EVALUATION_CONDITIONS.map((c, i) => (c.offset.x === 0 && c.offset.y === 0 ? i : -1)).filter(
		(i) => i >= 0
	);
	const before = measured.map((perCondition) => centredIndex.map((i) => perCondition[i].curve));
	const centred = centredIndex.map((i) => EVALUATION_CONDITIONS[i]);
	const echoes = [
		echoEdit(tf, model, p, chosen, 'all-negative', circuitEdges, before, centred),
		echoEdit(tf, model, p, chosen, 'opposite-negative', opposite, before, centred)
	];
	log('curves: why the echo edit does what it does');
	const mechanism = echoMechanism(tf, model, p, { ...chosen, early: earlyCurves, conditions: centred, before });
	const reference = handsetEchoReference();
	const finding = echoFinding({ ...mechanism, edit: echoes[1], reference });
	return {
		earlyCurves,
		curveCircuit: {
			receptiveField: {
				early: receptiveField(model.architecture, earlyLayer),
				curves: receptiveField(model.architecture, chosen.layer)
			},
			edges: circuitEdges,
			sameOrientation: { pairs: same.length, excitatory: same.filter((e) => e.sign > 0).length },
			oppositeOrientation: { pairs: opposite.length, inhibitory: opposite.filter((e) => e.sign < 0).length },
			expectedSignFraction:
				(same.filter((e) => e.sign > 0).length + opposite.filter((e) => e.sign < 0).length) /
				Math.max(1, same.length + opposite.length),
			echoMechanism: { ...mechanism, reference, finding }
		},
		echoes
	};
}
