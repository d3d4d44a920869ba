// Circuit edits as data: which edges into a mixed block lose their negative weights or are cut, compiled
// once per edit set into what the forward pass needs, never by changing the loaded weights.
//
// An edge from unit s of one layer into unit t of the next mixed block is every path from s to t.
// Where t's branch reads the block's input directly (a 1×1 branch, the pooling branch, or a 3×3 / 5×5
// branch without a bottleneck), the edge is a real weight, and the edit replaces it: exact. Where the
// path crosses a 1×1 bottleneck and its ReLU, the edge is the product of two weight layers with a ReLU
// between them. Cutting it is still exact: t's branch is recomputed from the block's input with s
// removed, for t alone. Removing only its negative part has no exact meaning through the ReLU, so it
// is applied as a linear correction (subtracting the negative part of the multiplied-out kernel before
// t's ReLU), which equals the edited computation only while the bottleneck units it passes are active.
import type * as TF from '@tensorflow/tfjs-core';
import {
	bottleneckOf,
	branchesOf,
	branchKernel,
	branchOf,
	BRANCHES,
	type Branch,
	type MixedSpec
} from './architecture';
import type { CompiledEdits, EdgeEdit, Model, Reroute, WeightMap } from './types';

type Tf = typeof TF;

export interface CompileOptions {
	/** apply cuts through a bottleneck as linear corrections too (to measure how far those are from exact) */
	linearThroughBottlenecks?: boolean;
}

const key = (block: string, branch: Branch) => `${block}/${branch}`;

/** Every edit set compiles once; the result is reused by every pass until it is disposed. */
export function compileEdits(tf: Tf, model: Model, edits: EdgeEdit[], options: CompileOptions = {}): CompiledEdits {
	const kernels = new Map<string, TF.Tensor4D>();
	const reroutes = new Map<string, { groups: Reroute[]; keep: TF.Tensor1D }>();
	const corrections = new Map<string, TF.Tensor4D>();
	let exact = true;

	for (const spec of model.architecture.layers) {
		if (spec.type !== 'mixed') continue;
		const mine = edits.filter((e) => e.target === spec.name);
		if (!mine.length) continue;
		for (const branch of branchesOf(spec)) {
			// the last word on each source → target pair of this branch: a cut wins over a drop
			const pairs = new Map<string, { source: number; index: number; mode: EdgeEdit['mode'] }>();
			for (const edit of mine)
				for (const pair of edit.pairs) {
					const where = branchOf(spec, pair.target);
					if (where.branch !== branch) continue;
					const id = `${pair.source}>${where.index}`;
					if (pairs.get(id)?.mode !== 'cut')
						pairs.set(id, { source: pair.source, index: where.index, mode: edit.mode });
				}
			if (!pairs.size) continue;
			const list = [...pairs.values()];
			if (!bottleneckOf(spec, branch)) {
				kernels.set(
					`${spec.name}/${branch}/kernel`,
					editedKernel(tf, model.weights[`${spec.name}/${branch}/kernel`] as TF.Tensor4D, list)
				);
				continue;
			}
			const cuts = options.linearThroughBottlenecks ? [] : list.filter((p) => p.mode === 'cut');
			const linear = list.filter((p) => !cuts.includes(p));
			if (cuts.length) reroutes.set(key(spec.name, branch), rerouted(tf, spec, model.weights, branch, cuts));
			if (linear.length) {
				corrections.set(key(spec.name, branch), linearCorrection(tf, spec, model.weights, branch, linear));
				exact = false;
			}
		}
	}
	return {
		edits,
		kernels,
		reroutes,
		corrections,
		exact,
		dispose() {
			tf.dispose([...kernels.values(), ...corrections.values()]);
			for (const { groups, keep } of reroutes.values())
				tf.dispose([keep, ...groups.flatMap((g) => [g.mask, g.kernel, g.bias, g.scatter])]);
		}
	};
}

/** A copy of a direct branch's kernel (HWIO) with each pair's weights cut or stripped of their negative part. */
function editedKernel(
	tf: Tf,
	kernel: TF.Tensor4D,
	pairs: { source: number; index: number; mode: EdgeEdit['mode'] }[]
): TF.Tensor4D {
	const [kh, kw, inputs, outputs] = kernel.shape;
	const values = kernel.dataSync().slice();
	for (const { source, index, mode } of pairs)
		for (let y = 0; y < kh; y++)
			for (let x = 0; x < kw; x++) {
				const i = ((y * kw + x) * inputs + source) * outputs + index;
				values[i] = mode === 'cut' ? 0 : Math.max(0, values[i]);
			}
	return tf.tensor4d(values, kernel.shape);
}

/** Groups the cut units by the set of sources they lose; each group is recomputed from a masked input. */
function rerouted(
	tf: Tf,
	spec: MixedSpec,
	weights: WeightMap,
	branch: Branch,
	cuts: { source: number; index: number }[]
) {
	const width = spec[branch];
	const lost = new Map<number, Set<number>>();
	for (const { source, index } of cuts) lost.set(index, (lost.get(index) ?? new Set()).add(source));
	const groups = new Map<string, { sources: number[]; units: number[] }>();
	for (const [unit, sources] of lost) {
		const sorted = [...sources].sort((a, b) => a - b);
		const id = sorted.join(',');
		const group = groups.get(id) ?? { sources: sorted, units: [] };
		group.units.push(unit);
		groups.set(id, group);
	}
	const keep = new Float32Array(width).fill(1);
	for (const unit of lost.keys()) keep[unit] = 0;
	const kernel = weights[`${spec.name}/${branch}/kernel`] as TF.Tensor4D;
	const bias = weights[`${spec.name}/${branch}/bias`] as TF.Tensor1D;
	return {
		keep: tf.tensor1d(keep),
		groups: [...groups.values()].map(({ sources, units }): Reroute => {
			const mask = new Float32Array(spec.in).fill(1);
			for (const s of sources) mask[s] = 0;
			const scatter = new Float32Array(units.length * width);
			units.forEach((unit, i) => (scatter[i * width + unit] = 1));
			return {
				mask: tf.tensor4d(mask, [1, 1, 1, spec.in]),
				kernel: tf.gather(kernel, units, 3) as TF.Tensor4D,
				bias: tf.gather(bias, units) as TF.Tensor1D,
				scatter: tf.tensor4d(scatter, [1, 1, units.length, width])
			};
		})
	};
}

/** A branch's kernel (1×1, 3×3 or 5×5, HW first) padded with zeros to 5×5 around its centre. */
function toFive(tf: Tf, k: TF.Tensor3D): TF.Tensor3D {
	const p = (5 - k.shape[0]) / 2;
	return tf.pad(k, [
		[p, p],
		[p, p],
		[0, 0]
	]);
}

/**
 * The weights from every input unit of a mixed block into one of its units, 5×5 (smaller kernels
 * padded), HWI: the branch's own kernel where it reads the input directly, else its bottleneck and
 * kernel multiplied out, the ReLU between them ignored.
 */
export function expandedKernel(tf: Tf, spec: MixedSpec, weights: WeightMap, unit: number): TF.Tensor3D {
	return tf.tidy(() => {
		const { branch, index } = branchOf(spec, unit);
		const name = `${spec.name}/${branch}`;
		const size = branchKernel[branch];
		const reduced = bottleneckOf(spec, branch);
		const column = tf.slice(weights[`${name}/kernel`], [0, 0, 0, index], [size, size, reduced || spec.in, 1]);
		let k: TF.Tensor3D;
		if (!reduced) k = tf.reshape(column, [size, size, spec.in]);
		else {
			const reduce = tf.reshape(weights[`${spec.name}/${branch}r/kernel`], [spec.in, reduced]) as TF.Tensor2D;
			k = tf.reshape(tf.matMul(tf.reshape(column, [size * size, reduced]) as TF.Tensor2D, reduce, false, true), [
				size,
				size,
				spec.in
			]);
		}
		return toFive(tf, k);
	});
}

/**
 * The weights from one input unit of a mixed block into every one of its units, 5×5 (smaller kernels padded),
 * HWO in the block's unit order: what expandedKernel gives each unit for `source`, for all of them at once.
 */
export function kernelsFrom(tf: Tf, spec: MixedSpec, weights: WeightMap, source: number): TF.Tensor3D {
	return tf.tidy(() => {
		const parts = branchesOf(spec).map((branch) => {
			const name = `${spec.name}/${branch}`;
			const size = branchKernel[branch];
			const width = spec[branch];
			const reduced = bottleneckOf(spec, branch);
			let k: TF.Tensor3D;
			if (!reduced)
				k = tf.reshape(tf.slice(weights[`${name}/kernel`], [0, 0, source, 0], [size, size, 1, width]), [
					size,
					size,
					width
				]);
			else {
				// the bottleneck's weights out of `source`, through each kernel: sum over r of reduce[s, r] · kernel[h, w, r, t]
				const row = tf.slice(weights[`${name}r/kernel`], [0, 0, source, 0], [1, 1, 1, reduced]);
				const kernel = tf.transpose(weights[`${name}/kernel`], [0, 1, 3, 2]);
				k = tf.reshape(
					tf.matMul(tf.reshape(kernel, [size * size * width, reduced]) as TF.Tensor2D, tf.reshape(row, [reduced, 1])),
					[size, size, width]
				);
			}
			return toFive(tf, k);
		});
		return tf.concat(parts, 2) as TF.Tensor3D;
	});
}

/**
 * The pre-activation a linear correction adds to a bottleneck branch:
 * minus the removed part of each multiplied-out edge.
 */
function linearCorrection(
	tf: Tf,
	spec: MixedSpec,
	weights: WeightMap,
	branch: Branch,
	pairs: { source: number; index: number; mode: EdgeEdit['mode'] }[]
): TF.Tensor4D {
	return tf.tidy(() => {
		const width = spec[branch];
		const start = BRANCHES.slice(0, BRANCHES.indexOf(branch)).reduce((n, b) => n + spec[b], 0);
		const values = new Float32Array(25 * spec.in * width);
		const byUnit = new Map<number, typeof pairs>();
		for (const p of pairs) byUnit.set(p.index, [...(byUnit.get(p.index) ?? []), p]);
		for (const [index, list] of byUnit) {
			const full = expandedKernel(tf, spec, weights, start + index);
			const k = full.dataSync();
			full.dispose();
			for (const { source, mode } of list)
				for (let cell = 0; cell < 25; cell++) {
					const w = k[cell * spec.in + source];
					const removed = mode === 'cut' ? w : Math.min(0, w);
					values[(cell * spec.in + source) * width + index] -= removed;
				}
		}
		return tf.tensor4d(values, [5, 5, spec.in, width]);
	});
}
