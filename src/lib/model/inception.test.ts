import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as TF from '@tensorflow/tfjs-core';
import { forward } from './inception';
import { compileEdits, expandedKernel, kernelsFrom } from './edits';
import { branchesOf, branchStart, type MixedSpec } from './architecture';
import { loadModel, ModelLoadError, type Reader } from './load';
import { fileReader, loadNodeModel, MODEL_DIR, MODEL_NAME, modelDir, nodeTf } from './node';
import { NETWORKS } from './models';

interface FixtureEntry {
	name: string;
	shape: number[];
	offset: number;
}

/** A network's parity fixture: inputs with PyTorch's activations for every layer. */
function fixtureOf(name: string) {
	const index = JSON.parse(readFileSync(`tests/fixtures/${name}-parity.json`, 'utf8')) as { tensors: FixtureEntry[] };
	const bin = readFileSync(`tests/fixtures/${name}-parity.bin`);
	const values = new Float32Array(bin.buffer, bin.byteOffset, bin.byteLength / 4);
	const tensorOf = (layer: string) => {
		const entry = index.tensors.find((t) => t.name === layer)!;
		const size = entry.shape.reduce((a, b) => a * b, 1);
		return { shape: entry.shape, data: values.subarray(entry.offset, entry.offset + size) };
	};
	return { tensors: index.tensors, tensorOf };
}
const tensorOf = fixtureOf(MODEL_NAME).tensorOf;

describe('the trained networks in tfjs', () => {
	it.each(NETWORKS.map((name) => ({ name })))(
		'$name matches PyTorch layer by layer on the exported inputs (max abs error ≤ 1e-4)',
		async ({ name }) => {
			const tf = await nodeTf('wasm');
			const model = await loadNodeModel(tf, modelDir(name));
			const fixture = fixtureOf(name);
			const tensorOf = fixture.tensorOf;
			const input = tensorOf('input');
			const errors = tf.tidy(() => {
				const out = forward(tf, model, tf.tensor4d(input.data, input.shape as [number, number, number, number]));
				return fixture.tensors
					.filter((t) => t.name !== 'input')
					.map((t) => {
						const expected = tensorOf(t.name);
						const actual = out[t.name].dataSync();
						expect(Array.from(out[t.name].shape)).toEqual(expected.shape);
						let worst = 0;
						for (let i = 0; i < actual.length; i++) worst = Math.max(worst, Math.abs(actual[i] - expected.data[i]));
						return { layer: t.name, worst };
					});
			});
			for (const { layer, worst } of errors) expect(worst, layer).toBeLessThanOrEqual(1e-4);
			expect(errors.map((e) => e.layer)).toContain('mixed4c');
		}
	);

	it('runs only up to the layer asked for', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const partial = tf.tidy(() => Object.keys(forward(tf, model, tf.zeros([1, 64, 64, 3]), { upTo: 'mixed3a' })));
		expect(partial).toEqual(['conv2d0', 'maxpool0', 'conv2d1', 'conv2d2', 'mixed3a']);
		expect(() => forward(tf, model, tf.zeros([1, 64, 64, 3]), { upTo: 'mixed9z' })).toThrow(/no layer named "mixed9z"/);
	});
});

describe('circuit edits', () => {
	const input = () => tensorOf('input');

	/** The model with some weights replaced, built by hand: what an exact edit must equal. */
	async function withWeights(change: (name: string, values: Float32Array, shape: number[]) => void) {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const weights = { ...model.weights };
		for (const [name, tensor] of Object.entries(model.weights)) {
			const values = tensor.dataSync().slice() as Float32Array;
			change(name, values, tensor.shape);
			weights[name] = tf.tensor(values, tensor.shape);
		}
		return { tf, model, edited: { ...model, weights } };
	}

	it('removes negative weights of direct edges exactly, as changed weights would, never the loaded ones', async () => {
		// mixed3b reads mixed3a without bottlenecks: unit 60 is in its 3×3 branch (b1 has 48 units)
		const pairs = [
			{ source: 3, target: 60 },
			{ source: 7, target: 60 },
			{ source: 11, target: 130 }
		];
		const { tf, model, edited } = await withWeights((name, values, shape) => {
			for (const [branch, start] of [
				['b3', 48],
				['b5', 112]
			] as const) {
				if (name !== `mixed3b/${branch}/kernel`) continue;
				const [kh, kw, inputs, outputs] = shape;
				for (const { source, target } of pairs) {
					const unit = target - start;
					if (unit < 0 || unit >= outputs) continue;
					for (let i = 0; i < kh * kw; i++) {
						const at = (i * inputs + source) * outputs + unit;
						values[at] = Math.max(0, values[at]);
					}
				}
			}
		});
		const before = Array.from(await model.weights['mixed3b/b3/kernel'].data());
		const compiled = compileEdits(tf, model, [{ target: 'mixed3b', mode: 'drop-negative', pairs }]);
		expect(compiled.exact).toBe(true);
		const { data, shape } = input();
		const [viaEdit, viaWeights, plain] = tf.tidy(() => {
			const x = tf.tensor4d(data, shape as [number, number, number, number]);
			return [
				forward(tf, model, x, { upTo: 'mixed3b', edits: compiled }).mixed3b.dataSync(),
				forward(tf, edited, x, { upTo: 'mixed3b' }).mixed3b.dataSync(),
				forward(tf, model, x, { upTo: 'mixed3b' }).mixed3b.dataSync()
			];
		});
		compiled.dispose();
		let worst = 0;
		viaEdit.forEach((v, i) => (worst = Math.max(worst, Math.abs(v - viaWeights[i]))));
		expect(worst).toBeLessThan(1e-5);
		// only the edited units change
		const channels = 168;
		viaEdit.forEach((v, i) => (![60, 130].includes(i % channels) ? expect(v).toBe(plain[i]) : null));
		expect(Array.from(await model.weights['mixed3b/b3/kernel'].data())).toEqual(before);
	});

	it('cuts an edge through a bottleneck exactly: as if its source were silent, and only that unit changes', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		// mixed4b's 3×3 branch has a bottleneck; unit 80 lies in it (b1 has 64 units)
		const target = 80;
		const sources = [5, 9];
		const compiled = compileEdits(tf, model, [
			{ target: 'mixed4b', mode: 'cut', pairs: sources.map((source) => ({ source, target })) }
		]);
		expect(compiled.exact).toBe(true);
		const { data, shape } = input();
		const [edited, expected, plain] = tf.tidy(() => {
			const x = tf.tensor4d(data, shape as [number, number, number, number]);
			const below = forward(tf, model, x, { upTo: 'mixed4a' }).mixed4a as TF.Tensor4D;
			// by hand: silence the sources for the whole branch, and read the target unit from it
			const mask = tf.tensor4d(
				Array.from({ length: below.shape[3] }, (_, c) => (sources.includes(c) ? 0 : 1)),
				[1, 1, 1, below.shape[3]]
			);
			const silenced = tf.mul(below, mask) as TF.Tensor4D;
			const w = model.weights;
			const reduce = tf.relu(
				tf.add(tf.conv2d(silenced, w['mixed4b/b3r/kernel'] as TF.Tensor4D, 1, 'same'), w['mixed4b/b3r/bias'])
			) as TF.Tensor4D;
			const branch = tf.relu(
				tf.add(tf.conv2d(reduce, w['mixed4b/b3/kernel'] as TF.Tensor4D, 1, 'same'), w['mixed4b/b3/bias'])
			);
			return [
				forward(tf, model, x, { upTo: 'mixed4b', edits: compiled }).mixed4b.dataSync(),
				tf.slice(branch, [0, 0, 0, target - 64], [-1, -1, -1, 1]).dataSync(),
				forward(tf, model, x, { upTo: 'mixed4b' }).mixed4b.dataSync()
			];
		});
		compiled.dispose();
		const channels = 256;
		let worst = 0;
		expected.forEach((v, i) => (worst = Math.max(worst, Math.abs(edited[i * channels + target] - v))));
		expect(worst).toBeLessThan(1e-5);
		edited.forEach((v, i) => (i % channels !== target ? expect(v).toBe(plain[i]) : null));
	});
});

describe('a mixed block’s weights multiplied out', () => {
	it('from one input unit into every unit are each unit’s own kernel from it, in every branch', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		for (const name of ['mixed3b', 'mixed4a']) {
			const spec = model.architecture.layers.find((l) => l.name === name) as MixedSpec;
			const targets = branchesOf(spec).flatMap((b) => [branchStart(spec, b), branchStart(spec, b) + spec[b] - 1]);
			for (const source of [0, 7, spec.in - 1]) {
				const all = tf.tidy(() => kernelsFrom(tf, spec, model.weights, source).arraySync());
				expect(all[0][0].length, `${name}: one kernel per unit`).toBe(spec.b1 + spec.b3 + spec.b5 + spec.pool);
				for (const target of targets) {
					const own = tf.tidy(() => expandedKernel(tf, spec, model.weights, target).arraySync());
					let worst = 0;
					own.forEach((row, h) =>
						row.forEach((cell, w) => (worst = Math.max(worst, Math.abs(cell[source] - all[h][w][target]))))
					);
					expect(worst, `${name} ${source} → ${target}`).toBeLessThan(1e-5);
				}
			}
		}
	});
});

describe('loading a model that is missing or damaged', () => {
	const withFile =
		(name: string, bytes: ArrayBuffer | null): Reader =>
		async (path) => {
			if (path.endsWith(`/${name}`)) {
				if (bytes === null) throw new Error('ENOENT: no such file');
				return bytes;
			}
			return fileReader(path);
		};
	const text = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
	it.each([
		{
			name: 'a missing weights file',
			args: withFile('weights.bin', null),
			expected: /Could not load the weights file weights.bin/
		},
		{
			name: 'a truncated weights file',
			args: withFile('weights.bin', new ArrayBuffer(1000)),
			expected: /holds 1000 bytes but the manifest describes/
		},
		{
			name: 'a corrupt model.json',
			args: withFile('model.json', text('{"architecture": ')),
			expected: /model.json is not valid JSON/
		},
		{
			name: 'a model.json of something else',
			args: withFile('model.json', text('{"hello": 1}')),
			expected: /no architecture.layers/
		},
		{
			name: 'a missing manifest',
			args: withFile('weights_manifest.json', null),
			expected: /Could not load weights_manifest.json/
		}
	])('$name gives a clear message', async ({ args, expected }) => {
		const tf = await nodeTf('wasm');
		const error = await loadModel(tf, MODEL_DIR, args).catch((e) => e);
		expect(error).toBeInstanceOf(ModelLoadError);
		expect(error.message).toMatch(expected);
	});
});
