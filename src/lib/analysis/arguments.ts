// The paper's seven arguments, measured for every unit of a curve family (atlas/arguments.ts states each
// rule): its feature visualization, its strongest held-out scenes read against where the world drew its
// curves, synthetic curves, joint tuning with its neighbours, its weights from the layer below, where its
// weights go in the layer above, and how its tuning compares with the hand-set detector's.
import type { Model } from '../model/types';
import { CURVE_ORIENTATIONS, handsetWeights, INPUT_SIZE } from '../model/handset';
import { handsetForwardReference } from '../model/handset-reference';
import { argmax, correlation, mean, median, preferredAngle } from '../measure/measures';
import { centreCell, type Probe } from '../measure/probe';
import { EVALUATION_CONDITIONS, SELECTION } from '../measure/curve-stimuli';
import { TUNING_ANGLES } from '../measure/sweeps';
import { angleDifference } from '../world/geometry';
import { defaultCurve, renderCurve } from '../world/stimuli';
import { IMAGE_SIZE } from '../world/scenes';
import type { DrawnPart } from '../world/parts';
import { heldOutParts, pointsAtCell } from './seen';
import { unitName } from '../unit';
import type { Atlas } from '../atlas/schema';
import {
	ARGUMENT_KEYS,
	CURVED_CLASSES,
	CURVED_SHARE,
	CURVED_UP_TO,
	DOWNSTREAM_NEEDED,
	DOWNSTREAM_READ,
	EXAMPLE_SCENES_READ,
	EXAMPLES_SHARE,
	HANDOFF,
	HANDSET_CORRELATION,
	OPENING_AGREES,
	type ArgumentKey,
	type ArgumentResult,
	type ArgumentsFile,
	type FamilyArguments
} from '../atlas/arguments';
import { curvesUnder, edges, layerBefore, mapSize, tuningTable, type Tf } from './common';
import { ANGLE_TOLERANCE, KEEPS_ANGLE } from './criteria';
import { arcLength, pickFamily } from './census';
import { PAPER_CURVE_LAYER } from './replication';
import { earlyFamily } from './curve-circuit';
import type { ExamplesFile } from './examples';
import { arcAngle, arcTemplates } from './arc';
import { upsampled, type Views } from './views';

/** A family to put through the arguments: its layer, radius, and units with their preferred angles. */
export interface FamilyToArgue {
	role: FamilyArguments['role'];
	layer: string;
	radius: number;
	units: { unit: number; preferredAngle: number }[];
}

/**
 * The families of network a that the article and the census name: the figures' family (where the declared
 * rule picks), and the family in the layer named like the paper's (at the radius the same rule prefers there).
 */
export function familiesToArgue(atlas: Atlas, paperPlace?: { layer: string; radius: number }): FamilyToArgue[] {
	const figures: FamilyToArgue = {
		role: 'figures',
		layer: atlas.curves.layer,
		radius: atlas.stimuli.curveRadius,
		units: atlas.curves.units.map((u) => ({ unit: u.unit, preferredAngle: u.preferredAngle }))
	};
	const inPaperLayer = atlas.curves.census.rows.filter((r) => r.layer === PAPER_CURVE_LAYER);
	if (!inPaperLayer.length || figures.layer === PAPER_CURVE_LAYER) return [figures];
	const row = paperPlace
		? inPaperLayer.find((r) => r.layer === paperPlace.layer && r.radius === paperPlace.radius)!
		: pickFamily(inPaperLayer);
	return [figures, { role: 'paper', layer: row.layer, radius: row.radius, units: row.keptUnits }];
}

const opensAt = (opening: number | null, angle: number) =>
	opening !== null && Math.abs(angleDifference(opening, angle)) <= OPENING_AGREES;

/** Whether the world drew a curve opening at `angle` near the centre of a cell (row, column) of a map. */
function curveAtCell(parts: DrawnPart[], mapCells: number, row: number, column: number, angle: number, radius: number) {
	return pointsAtCell(parts, mapCells, row, column, 0.5).some(
		(point) => point.radius <= CURVED_UP_TO * radius && opensAt(point.opening, angle)
	);
}

/** Other scenes looked at, for each of a unit's strongest, at the same cell. */
const ELSEWHERE = 8;

function examplesArgument(examples: ExamplesFile, family: FamilyToArgue, unit: number, angle: number) {
	const layer = examples.layers[family.layer];
	if (!layer) return { elsewhere: 0, result: { pass: false, value: 0, detail: 'no held-out scenes read' } };
	const strongest = layer.units[unit].slice(0, EXAMPLE_SCENES_READ).filter((e) => e.activation > 0);
	const hits = strongest.filter((e) =>
		curveAtCell(heldOutParts(e.index), layer.mapSize, e.row, e.column, angle, family.radius)
	).length;
	const others = strongest.flatMap((e) =>
		Array.from({ length: ELSEWHERE }, (_, k) => (e.index + 97 * (k + 1)) % examples.scenes).map((index) =>
			curveAtCell(heldOutParts(index), layer.mapSize, e.row, e.column, angle, family.radius)
		)
	);
	const share = hits / EXAMPLE_SCENES_READ;
	const elsewhere = others.length ? others.filter(Boolean).length / others.length : 0;
	return {
		elsewhere,
		result: {
			pass: share >= EXAMPLES_SHARE && share > elsewhere,
			value: share,
			detail: `${hits} of ${EXAMPLE_SCENES_READ} (elsewhere ${Math.round(elsewhere * 100)}%)`
		}
	};
}

/** The smallest, between two peaks, of the larger of two tunings (each ÷ its own peak). */
export function handoff(a: number[], b: number[]): number {
	const na = a.map((v) => v / Math.max(1e-9, Math.max(...a)));
	const nb = b.map((v) => v / Math.max(1e-9, Math.max(...b)));
	const [from, to] = [argmax(na), argmax(nb)];
	// walk the shorter way round the circle from one peak to the other
	const n = na.length;
	const forward = (to - from + n) % n;
	const step = forward <= n / 2 ? 1 : -1;
	let least = Infinity;
	for (let i = from; ; i = (i + step + n) % n) {
		least = Math.min(least, Math.max(na[i], nb[i]));
		if (i === to) break;
	}
	return least;
}

/** A tuning curve turned by `steps` samples. */
const turned = (curve: number[], steps: number) =>
	curve.map((_, i) => curve[(((i - steps) % curve.length) + curve.length) % curve.length]);

/** The hand-set family's tuning on the same angles: curves[detector][angle]. */
function handsetTuning(): number[][] {
	const weights = handsetWeights();
	const rows = TUNING_ANGLES.map(
		(angle) => handsetForwardReference(weights, renderCurve({ ...defaultCurve, angle }, INPUT_SIZE)).centre
	);
	return CURVE_ORIENTATIONS.map((_, d) => rows.map((row) => row[d]));
}

const share = (part: number, whole: number) => (whole ? part / whole : 0);

/** The arguments for one family of a network. */
export function argueFamily(
	tf: Tf,
	model: Model,
	p: Probe,
	examples: ExamplesFile,
	views: Views | null,
	family: FamilyToArgue
): FamilyArguments {
	const { layer, radius } = family;
	const size = mapSize(tf, model, layer);
	const units = family.units;
	const results = new Map<number, Partial<Record<ArgumentKey, ArgumentResult>>>(units.map((u) => [u.unit, {}]));
	const set = (unit: number, key: ArgumentKey, result: ArgumentResult) => (results.get(unit)![key] = result);

	// 1. each unit's picture (from the views), read by the family at the centre cell
	const { cell, shift } = centreCell(size);
	const templates = arcTemplates(TUNING_ANGLES, radius, shift);
	for (const u of units) {
		if (!views) {
			set(u.unit, 'featureVis', { pass: false, value: 0, detail: 'not read: no pictures grown for this training' });
			continue;
		}
		const picture = upsampled(views.picture(layer, u.unit, 'neuron-positive'), views.file.size, IMAGE_SIZE);
		const row = p.read([picture], layer, cell)[0];
		const leader = units.reduce((a, b) => (row[b.unit] > row[a.unit] ? b : a)).unit;
		const arc = arcAngle(picture, TUNING_ANGLES, templates);
		const off = Math.abs(angleDifference(arc, u.preferredAngle));
		set(u.unit, 'featureVis', {
			pass: leader === u.unit && off <= OPENING_AGREES,
			value: off,
			detail: `answered most by ${leader === u.unit ? 'itself' : unitName({ layer, unit: leader })}; arc ${off}° off`
		});
	}

	// 2. the strongest held-out scenes, read against where the world drew its curves
	const elsewhere: number[] = [];
	for (const u of units) {
		const { result, elsewhere: e } = examplesArgument(examples, family, u.unit, u.preferredAngle);
		elsewhere.push(e);
		set(u.unit, 'examples', result);
	}

	// 3. synthetic curves: the 16 evaluation conditions, and short arcs
	const evaluation = EVALUATION_CONDITIONS.map((condition) =>
		tuningTable(p, layer, size, curvesUnder(radius, condition), TUNING_ANGLES)
	);
	const short = tuningTable(
		p,
		layer,
		size,
		curvesUnder(radius, { ...SELECTION, name: 'selection/90°', length: arcLength(90, radius) }),
		TUNING_ANGLES
	);
	const keepsAngle = (curve: number[], angle: number) =>
		Math.abs(angleDifference(preferredAngle(curve, TUNING_ANGLES), angle)) <= ANGLE_TOLERANCE;
	const meanTuning = new Map(
		units.map((u) => [u.unit, TUNING_ANGLES.map((_, a) => mean(evaluation.map((table) => table[u.unit][a])))])
	);
	for (const u of units) {
		const kept = evaluation.filter((table) => keepsAngle(table[u.unit], u.preferredAngle)).length;
		const onShort = keepsAngle(short[u.unit], u.preferredAngle);
		set(u.unit, 'synthetic', {
			pass: kept / evaluation.length >= KEEPS_ANGLE && onShort,
			value: kept / evaluation.length,
			detail: `${kept} of ${evaluation.length}; 90° arcs ${onShort ? 'kept' : 'lost'}`
		});
	}

	// 4. joint tuning with the neighbours in angle, on the evaluation's mean tuning
	const order = [...units].sort((a, b) => a.preferredAngle - b.preferredAngle);
	for (const [i, u] of order.entries()) {
		const neighbours =
			order.length < 2 ? [] : [order[(i + order.length - 1) % order.length], order[(i + 1) % order.length]];
		const least = Math.min(
			...neighbours.map((n) => handoff(meanTuning.get(u.unit)!, meanTuning.get(n.unit)!)),
			neighbours.length ? Infinity : 0
		);
		set(u.unit, 'joint', {
			pass: least >= HANDOFF,
			value: least,
			detail: neighbours.length ? `handed on at ${least.toFixed(2)} at worst` : 'no neighbour'
		});
	}

	// 5. weights from the curve units of the layer below
	const below = layerBefore(model, layer);
	const early = earlyFamily(tf, model, p, below, radius).units;
	const incoming = edges(
		tf,
		model,
		layer,
		below,
		early.map((e) => ({ unit: e.unit, angle: e.preferredAngle })),
		units.map((u) => ({ unit: u.unit, angle: u.preferredAngle }))
	);
	for (const u of units) {
		const mine = incoming.filter((e) => e.target.unit === u.unit);
		const same = mine.filter((e) => e.relation === 'same');
		const opposite = mine.filter((e) => e.relation === 'opposite');
		const excite = same.filter((e) => e.sign > 0).length;
		const inhibit = opposite.filter((e) => e.sign < 0).length;
		set(u.unit, 'weights', {
			pass: share(excite, same.length) > 0.5 && share(inhibit, opposite.length) > 0.5,
			value: Math.min(share(excite, same.length), share(inhibit, opposite.length)),
			detail: `same ${excite}/${same.length} excite, opposite ${inhibit}/${opposite.length} inhibit`
		});
	}

	// 6. where its strongest weights go in the next layer
	const names = model.architecture.layers.map((l) => l.name);
	const next = model.architecture.layers.slice(names.indexOf(layer) + 1).find((l) => l.type === 'mixed')?.name;
	const curvedTarget = (unit: number) => {
		const classes = next ? examples.layers[next]?.depth[unit]?.classes : undefined;
		const total = (classes ?? []).reduce((t, c) => t + c.count, 0);
		const curved = (classes ?? [])
			.filter((c) => (CURVED_CLASSES as readonly string[]).includes(c.name))
			.reduce((t, c) => t + c.count, 0);
		return total > 0 && curved / total >= CURVED_SHARE;
	};
	let curvedTargets = 0;
	if (next) {
		const targets = examples.layers[next].units.map((_, unit) => ({ unit }));
		curvedTargets = share(targets.filter((t) => curvedTarget(t.unit)).length, targets.length);
		const outgoing = edges(tf, model, next, layer, units, targets);
		for (const u of units) {
			const strongest = outgoing
				.filter((e) => e.source.unit === u.unit && e.strength > 0)
				.sort((a, b) => b.strength - a.strength)
				.slice(0, DOWNSTREAM_READ);
			const curved = strongest.filter((e) => curvedTarget(e.target.unit));
			set(u.unit, 'downstream', {
				pass: curved.length >= DOWNSTREAM_NEEDED,
				value: curved.length,
				detail: `${curved.length} of ${strongest.length} (${next} ${strongest.map((e) => e.target.unit).join(', ')})`
			});
		}
	} else for (const u of units) set(u.unit, 'downstream', { pass: false, value: 0, detail: 'no layer above' });

	// 7. the hand-set detector of the nearest angle, turned to the unit's angle
	const handset = handsetTuning();
	const step = TUNING_ANGLES[1] - TUNING_ANGLES[0];
	for (const u of units) {
		const own = meanTuning.get(u.unit)!;
		const d = argmax(CURVE_ORIENTATIONS.map((o) => -Math.abs(angleDifference(o, u.preferredAngle))));
		const reference = handset[d];
		const steps = Math.round((u.preferredAngle - TUNING_ANGLES[argmax(reference)]) / step);
		// read to two decimals, as the table shows it
		const r = Math.round(correlation(own, turned(reference, steps)) * 100) / 100;
		set(u.unit, 'handset', { pass: r >= HANDSET_CORRELATION, value: r, detail: `r ${r.toFixed(2)}` });
	}

	const selection = tuningTable(p, layer, size, curvesUnder(radius, SELECTION), TUNING_ANGLES);
	const best = (unit: number) => examples.layers[layer]?.units[unit][0]?.activation ?? 0;
	const argued = order.map((u) => ({
		unit: u.unit,
		name: unitName({ layer, unit: u.unit }),
		preferredAngle: u.preferredAngle,
		peakShare: best(u.unit) > 0 ? Math.max(...selection[u.unit]) / best(u.unit) : 0,
		tuning: selection[u.unit],
		results: results.get(u.unit) as Record<ArgumentKey, ArgumentResult>
	}));
	return {
		role: family.role,
		layer,
		radius,
		angles: TUNING_ANGLES,
		units: argued,
		passing: Object.fromEntries(
			ARGUMENT_KEYS.map((key) => [key, argued.filter((u) => u.results[key].pass).length])
		) as Record<ArgumentKey, number>,
		unread: views ? [] : ['featureVis'],
		baselines: {
			examplesElsewhere: elsewhere.length ? median(elsewhere) : 0,
			curvedTargets,
			nextLayer: next ?? '',
			layerBelow: below,
			curveUnitsBelow: early.length
		}
	};
}

/**
 * The arguments for every family of `familiesToArgue` (the paper's layer read at `paperPlace` where given, to
 * compare with another training); without views (pictures), the first argument is not read.
 */
export function argue(
	tf: Tf,
	model: Model,
	p: Probe,
	atlas: Atlas,
	examples: ExamplesFile,
	views: Views | null,
	paperPlace?: { layer: string; radius: number }
): ArgumentsFile {
	return {
		model: atlas.model,
		families: familiesToArgue(atlas, paperPlace).map((family) => argueFamily(tf, model, p, examples, views, family))
	};
}
