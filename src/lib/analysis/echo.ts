// Why removing negative weights does or does not make an echo: the early curves' own echo, and each curve
// unit's input at 180° and at ±90° taken apart before its ReLU, by where it comes from.
import type * as TF from '@tensorflow/tfjs-core';
import { forward, imageBatch } from '../model/inception';
import type { Model } from '../model/types';
import { blockInput, bottleneckOf, branchKernel, branchOf, type Branch, type MixedSpec } from '../model/architecture';
import { expandedKernel } from '../model/edits';
import { angleDifference } from '../world/geometry';
import { argmax, echoRatio, median, percentile } from '../measure/measures';
import { conditionCurve, type CurveCondition } from '../measure/curve-stimuli';
import type { Family, UnitTuning } from '../atlas/schema';
import type { EchoInputSummary, EchoMechanism, InputParts } from '../atlas/measurements';
import { curvesUnder, mapSize, mixedSpec, tuningTable, type Tf } from './common';
import { TUNING_ANGLES } from '../measure/sweeps';
import { centreCell, type Probe } from '../measure/probe';

export const PART_NAMES = [
	'total',
	'bias',
	'sameExcitation',
	'sameInhibition',
	'oppositeExcitation',
	'oppositeInhibition',
	'otherEarly',
	'rest'
] as const satisfies readonly (keyof InputParts)[];

type Parts = InputParts;

/**
 * A bottleneck branch's pre-activation for one of its units at the window's centre, as the branch computes it:
 * the 1×1 bottleneck and its ReLU at every cell the kernel covers, then the kernel. The weights are read once;
 * the function returned takes a window of 5×5 cells × the block's inputs (HWI, flattened).
 */
export function bottleneckTotal(
	spec: MixedSpec,
	weights: Model['weights'],
	branch: Branch,
	index: number
): (window: Float32Array) => number {
	const reduced = bottleneckOf(spec, branch);
	const size = branchKernel[branch];
	const width = spec[branch];
	const reduce = weights[`${spec.name}/${branch}r/kernel`].dataSync() as Float32Array;
	const reduceBias = weights[`${spec.name}/${branch}r/bias`].dataSync() as Float32Array;
	const kernel = weights[`${spec.name}/${branch}/kernel`].dataSync() as Float32Array;
	const bias = (weights[`${spec.name}/${branch}/bias`].dataSync() as Float32Array)[index];
	const offset = (5 - size) / 2;
	return (window) => {
		let total = bias;
		for (let row = 0; row < size; row++)
			for (let column = 0; column < size; column++) {
				const at = ((row + offset) * 5 + column + offset) * spec.in;
				for (let r = 0; r < reduced; r++) {
					let x = reduceBias[r];
					for (let s = 0; s < spec.in; s++) x += reduce[s * reduced + r] * window[at + s];
					if (x > 0) total += kernel[((row * size + column) * reduced + r) * width + index] * x;
				}
			}
		return total;
	};
}

/** Which part of a curve unit's input each unit of the layer below feeds. */
export type InputGroup = 'same' | 'opposite' | 'otherEarly' | 'rest';

/** Parts with each value given by `value`. */
function partsFrom(value: (k: keyof InputParts) => number): Parts {
	const parts = {} as Parts;
	for (const k of PART_NAMES) parts[k] = value(k);
	return parts;
}

/**
 * The group of an early curve preferring `early` (undefined: not an early curve) for a curve unit preferring `unit`.
 */
export function groupOf(early: number | undefined, unit: number): InputGroup {
	if (early === undefined) return 'rest';
	const d = Math.abs(angleDifference(early, unit));
	return d <= 45 ? 'same' : d >= 135 ? 'opposite' : 'otherEarly';
}

/**
 * The layer-below window (5×5 cells × channels) each image presents to the read cell:
 * raw, and max-pooled 3×3 as the pool branch reads it.
 */
export function inputWindows(
	tf: Tf,
	model: Model,
	images: Float32Array[],
	layer: string,
	cell: { row: number; column: number }
) {
	const out: { raw: Float32Array; pooled: Float32Array }[] = [];
	for (let i = 0; i < images.length; i += 32) {
		const [raw, pooled] = tf.tidy(() => {
			const a = forward(tf, model, imageBatch(tf, images.slice(i, i + 32)), { upTo: layer })[layer] as TF.Tensor4D;
			const window = (t: TF.Tensor4D) =>
				tf.slice(t, [0, cell.row - 2, cell.column - 2, 0], [t.shape[0], 5, 5, t.shape[3]]);
			return [window(a), window(tf.maxPool(a, 3, 1, 'same') as TF.Tensor4D)];
		});
		const [r, p] = [raw.dataSync() as Float32Array, pooled.dataSync() as Float32Array];
		const n = raw.shape[0];
		const size = r.length / n;
		for (let k = 0; k < n; k++)
			out.push({ raw: r.subarray(k * size, (k + 1) * size), pooled: p.subarray(k * size, (k + 1) * size) });
		tf.dispose([raw, pooled]);
	}
	return out;
}

/**
 * The parts of one unit's pre-activation for one input window: `kernel` is cells × inputs (HWI, flattened),
 * as is `window`, and `group[s]` says which part input unit s feeds. Exact for a branch that reads its
 * input directly.
 */
export function inputParts(window: Float32Array, kernel: Float32Array, bias: number, group: InputGroup[]): Parts {
	const parts = partsFrom(() => 0);
	const inputs = group.length;
	parts.bias = bias;
	for (let cell = 0; cell < kernel.length / inputs; cell++)
		for (let s = 0; s < inputs; s++) {
			const x = window[cell * inputs + s];
			if (x === 0) continue;
			const v = kernel[cell * inputs + s] * x;
			const g = group[s];
			if (g === 'same') parts[v >= 0 ? 'sameExcitation' : 'sameInhibition'] += v;
			else if (g === 'opposite') parts[v >= 0 ? 'oppositeExcitation' : 'oppositeInhibition'] += v;
			else parts[g] += v;
		}
	parts.total = PART_NAMES.slice(1).reduce((sum, k) => sum + parts[k], 0);
	return parts;
}

export const scaled = (parts: Parts, scale: number) => partsFrom((k) => parts[k] / scale);
/** The mean of several parts, part by part. */
export const averageParts = (list: Parts[]) => partsFrom((k) => list.reduce((sum, p) => sum + p[k], 0) / list.length);
const medianParts = (list: Parts[]) => partsFrom((k) => median(list.map((p) => p[k])));
const share = (flags: boolean[]) => (flags.length ? flags.filter(Boolean).length / flags.length : 0);
const afterRemoval = (parts: Parts) => parts.total - parts.oppositeInhibition;

/** The pairs' parts (each already a share of its unit's peak) summed up as EchoInputSummary says. */
export function summarizePairs(pairs: { at180: Parts; at90: Parts }[]): EchoInputSummary {
	return {
		at180: medianParts(pairs.map((m) => m.at180)),
		at90: medianParts(pairs.map((m) => m.at90)),
		riseBeforeRelu: {
			at180: median(pairs.map((m) => -m.at180.oppositeInhibition)),
			at90: median(pairs.map((m) => -m.at90.oppositeInhibition)),
			margin: median(pairs.map((m) => m.at90.oppositeInhibition - m.at180.oppositeInhibition))
		},
		afterRemoval: {
			at180: median(pairs.map((m) => afterRemoval(m.at180))),
			at90: median(pairs.map((m) => afterRemoval(m.at90))),
			liftedAt180: share(pairs.map((m) => afterRemoval(m.at180) > 0)),
			liftedAt90: share(pairs.map((m) => afterRemoval(m.at90) > 0))
		},
		pairs: pairs.length
	};
}

export interface EchoInputs {
	/** the curve family and the layer it is read in, at the radius it was chosen at */
	layer: string;
	radius: number;
	size: number;
	units: UnitTuning[];
	early: Family;
	/** conditions[c], and each family unit's tuning curve under it before any edit: before[unit][c] */
	conditions: CurveCondition[];
	before: number[][][];
}

/** The measurement for one network (see EchoMechanism). */
export function echoMechanism(
	tf: Tf,
	model: Model,
	p: Probe,
	{ layer, radius, size, units, early, conditions, before }: EchoInputs
): EchoMechanism {
	const spec = mixedSpec(model, layer);
	const { cell, shift } = centreCell(size);
	const earlyAngles = new Map(early.units.map((u) => [u.unit, u.preferredAngle]));
	const earlySize = mapSize(tf, model, early.layer);
	// the windows are cut from what the block reads (the early curves, pooled where a pool comes between) at
	// the curve unit's own cell
	const input = blockInput(model.architecture, layer);
	if (mapSize(tf, model, input) !== size)
		throw new Error(`${input} and ${layer} have maps of different sizes: a window of one is not the other's`);
	const earlyTables = conditions.map((condition) =>
		tuningTable(p, early.layer, earlySize, curvesUnder(radius, condition), TUNING_ANGLES)
	);
	const earlyEchoes = early.units.flatMap((u) => earlyTables.map((table) => echoRatio(table[u.unit], TUNING_ANGLES)));
	const all: { at180: Parts; at90: Parts }[] = [];
	let silent = 0;
	let throughBottleneck = 0;
	const perUnit = units.map((u, i) => {
		const { branch, index } = branchOf(spec, u.unit);
		const bottleneck = bottleneckOf(spec, branch) > 0 ? bottleneckTotal(spec, model.weights, branch, index) : null;
		if (bottleneck) throughBottleneck++;
		const kernel = tf.tidy(() => expandedKernel(tf, spec, model.weights, u.unit).dataSync() as Float32Array);
		const bias = (model.weights[`${layer}/${branch}/bias`].dataSync() as Float32Array)[index];
		const group = Array.from({ length: spec.in }, (_, s) => groupOf(earlyAngles.get(s), u.preferredAngle));
		const measured = conditions.flatMap((condition, c) => {
			const preferred = TUNING_ANGLES[argmax(before[i][c])];
			const angles = [preferred, preferred + 180, preferred + 90, preferred - 90];
			const windows = inputWindows(
				tf,
				model,
				angles.map((a) => conditionCurve(a, radius, shift, condition)),
				input,
				cell
			);
			const [peak, opposite, plus, minus] = windows.map((w) => {
				const parts = inputParts(branch === 'pool' ? w.pooled : w.raw, kernel, bias, group);
				if (!bottleneck) return parts;
				// through a bottleneck the parts are the multiplied-out kernel's; what its ReLU and biases change
				// is counted with the rest
				const total = bottleneck(w.raw);
				return { ...parts, rest: parts.rest + total - parts.total, total };
			});
			if (peak.total <= 0) {
				silent++;
				return [];
			}
			return [{ at180: scaled(opposite, peak.total), at90: scaled(averageParts([plus, minus]), peak.total) }];
		});
		all.push(...measured);
		return {
			name: u.name,
			unit: u.unit,
			at180: medianParts(measured.map((m) => m.at180)),
			at90: medianParts(measured.map((m) => m.at90)),
			liftedAt180: share(measured.map((m) => afterRemoval(m.at180) > 0)),
			liftedAt90: share(measured.map((m) => afterRemoval(m.at90) > 0))
		};
	});
	return {
		conditions: conditions.map((c) => c.name),
		earlyEcho: {
			median: median(earlyEchoes),
			q1: percentile(earlyEchoes, 25),
			q3: percentile(earlyEchoes, 75),
			units: early.units.length
		},
		...summarizePairs(all),
		silent,
		throughBottleneck,
		units: perUnit
	};
}
