// What every part of the analysis shares: the network's layers, tuning tables, and circuit edges.
import type * as TF from '@tensorflow/tfjs-core';
import { forward } from '../model/inception';
import type { Model } from '../model/types';
import { bottleneckOf, branchOf, layerBefore as layerBeforeIn, type MixedSpec } from '../model/architecture';
import { expandedKernel } from '../model/edits';
import type { CompiledEdits } from '../model/types';
import { angleDifference } from '../world/geometry';
import { TUNING_ANGLES } from '../measure/sweeps';
import { IMAGE_SIZE } from '../world/scenes';
import { argmax, echoRatio, largestGap, selectivity } from '../measure/measures';
import { centreCell, type Probe } from '../measure/probe';
import { conditionCurve, type CurveCondition } from '../measure/curve-stimuli';
import { unitName, type UnitRef } from '../unit';
import type { CircuitEdge, Family, UnitTuning } from '../atlas/schema';

export type Tf = typeof TF;

export { CRITERIA } from './criteria';

export function mapSize(tf: Tf, model: Model, layer: string): number {
	return tf.tidy(
		() => forward(tf, model, tf.zeros([1, IMAGE_SIZE, IMAGE_SIZE, 3]), { upTo: layer })[layer].shape[1] as number
	);
}

export type Render = (angle: number, shift: { x: number; y: number }) => Float32Array[];

/** Curves of `radius` under `condition`, one image per angle, as tuningTable renders them. */
export const curvesUnder =
	(radius: number, condition: CurveCondition): Render =>
	(angle, shift) => [conditionCurve(angle, radius, shift, condition)];

/** Tuning curves, table[unit][angle], of every unit of `layer`, read at the centre cell of its map. */
export function tuningTable(
	p: Probe,
	layer: string,
	size: number,
	render: Render,
	angles: number[],
	edits: CompiledEdits | null = null
): number[][] {
	const { cell, shift } = centreCell(size);
	const images = angles.flatMap((angle) => render(angle, shift));
	const perAngle = images.length / angles.length;
	const acts = p.read(images, layer, cell, edits);
	const units = acts[0].length;
	return Array.from({ length: units }, (_, u) =>
		angles.map((_, a) => {
			let sum = 0;
			for (let k = 0; k < perAngle; k++) sum += acts[a * perAngle + k][u];
			return sum / perAngle;
		})
	);
}

export function describe(layer: string, unit: number, curve: number[], angles: number[]): UnitTuning {
	const peak = argmax(curve);
	return {
		name: unitName({ layer, unit }),
		layer,
		unit,
		preferredAngle: angles[peak],
		selectivity: selectivity(curve),
		peak: curve[peak],
		echoRatio: echoRatio(curve, angles),
		tuning: curve
	};
}

export function family(layer: string, kind: Family['kind'], units: UnitTuning[]): Family {
	const sorted = [...units].sort((a, b) => a.preferredAngle - b.preferredAngle || a.unit - b.unit);
	return {
		layer,
		kind,
		angles: TUNING_ANGLES,
		units: sorted,
		largestGap: largestGap(sorted.map((u) => u.preferredAngle))
	};
}

/** The layer (conv or mixed) whose output a block reads. */
export const layerBefore = (model: Model, layer: string) => layerBeforeIn(model.architecture, layer);

export function mixedSpec(model: Model, layer: string): MixedSpec {
	const spec = model.architecture.layers.find((l) => l.name === layer);
	if (spec?.type !== 'mixed') throw new Error(`${layer} is not a mixed block`);
	return spec;
}

/**
 * Edges from `sources` (units of the layer before) into `targets` (units of a mixed block),
 * with their relation when angles are given.
 */
export function edges(
	tf: Tf,
	model: Model,
	targetLayer: string,
	sourceLayer: string,
	sources: { unit: number; angle?: number }[],
	targets: { unit: number; angle?: number }[]
): CircuitEdge[] {
	const spec = mixedSpec(model, targetLayer);
	return targets.flatMap((t) => {
		const kernel = tf.tidy(() => expandedKernel(tf, spec, model.weights, t.unit).arraySync() as number[][][]);
		const direct = !bottleneckOf(spec, branchOf(spec, t.unit).branch);
		return sources.map((s): CircuitEdge => {
			const k = kernel.map((row) => row.map((column) => column[s.unit]));
			const strength = k.flat().reduce((a, b) => a + b, 0);
			const diff = s.angle !== undefined && t.angle !== undefined ? Math.abs(angleDifference(t.angle, s.angle)) : null;
			const relation: CircuitEdge['relation'] =
				diff === null ? 'other' : diff <= 45 ? 'same' : diff >= 135 ? 'opposite' : 'other';
			return {
				source: { layer: sourceLayer, unit: s.unit },
				target: { layer: targetLayer, unit: t.unit },
				kernel: k,
				strength,
				sign: strength >= 0 ? 1 : -1,
				relation,
				direct
			};
		});
	});
}

/** The source → target unit pairs of some edges, as an edit takes them. */
export const pairsOf = (list: { source: UnitRef; target: UnitRef }[]) =>
	list.map((e) => ({ source: e.source.unit, target: e.target.unit }));
