import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forward, type EdgeEdit } from './inception';
import { loadModel, ModelLoadError, type Reader } from './load';
import { fileReader, loadNodeModel, MODEL_DIR, MODEL_NAME, nodeTf } from './node';

interface FixtureEntry {
	name: string;
	shape: number[];
	offset: number;
}

const fixture = JSON.parse(readFileSync(`tests/fixtures/${MODEL_NAME}-parity.json`, 'utf8')) as { tensors: FixtureEntry[] };
const bin = readFileSync(`tests/fixtures/${MODEL_NAME}-parity.bin`);
const values = new Float32Array(bin.buffer, bin.byteOffset, bin.byteLength / 4);
const tensorOf = (name: string) => {
	const entry = fixture.tensors.find((t) => t.name === name)!;
	const size = entry.shape.reduce((a, b) => a * b, 1);
	return { shape: entry.shape, data: values.subarray(entry.offset, entry.offset + size) };
};

describe('the trained network in tfjs', () => {
	it('matches PyTorch layer by layer on the exported inputs (max abs error ≤ 1e-4)', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
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
	});

	it('runs only up to the layer asked for, and edits leave the loaded weights untouched', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const input = tensorOf('input');
		const before = await model.weights['mixed3b/b5/kernel'].data();
		const edit: EdgeEdit = { target: 'mixed3b', mode: 'drop-negative', pairs: [{ source: 3, target: 100 }, { source: 7, target: 100 }] };
		tf.tidy(() => {
			const x = tf.tensor4d(input.data, input.shape as [number, number, number, number]);
			const partial = forward(tf, model, x, { upTo: 'mixed3a' });
			expect(Object.keys(partial)).toEqual(['conv2d0', 'maxpool0', 'conv2d1', 'conv2d2', 'mixed3a']);
			const plain = forward(tf, model, x, { upTo: 'mixed3b' }).mixed3b;
			const edited = forward(tf, model, x, { upTo: 'mixed3b', edits: [edit] }).mixed3b;
			const diff = tf.sub(edited, plain);
			// only unit 100 changes, and only upwards: negative weights were removed
			const perUnit = tf.max(tf.abs(diff), [0, 1, 2]).dataSync();
			perUnit.forEach((d, unit) => (unit === 100 ? null : expect(d).toBe(0)));
			expect(tf.min(diff).dataSync()[0]).toBeGreaterThanOrEqual(-1e-6);
		});
		expect(Array.from(await model.weights['mixed3b/b5/kernel'].data())).toEqual(Array.from(before));
		expect(() => forward(tf, model, tf.zeros([1, 64, 64, 3]), { upTo: 'mixed9z' })).toThrow(/no layer named "mixed9z"/);
	});
});

describe('loading a model that is missing or damaged', () => {
	const withFile = (name: string, bytes: ArrayBuffer | null): Reader => async (path) => {
		if (path.endsWith(`/${name}`)) {
			if (bytes === null) throw new Error('ENOENT: no such file');
			return bytes;
		}
		return fileReader(path);
	};
	const text = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
	it.each([
		{ name: 'a missing weights file', args: withFile('weights.bin', null), expected: /Could not load the weights file weights.bin/ },
		{ name: 'a truncated weights file', args: withFile('weights.bin', new ArrayBuffer(1000)), expected: /holds 1000 bytes but the manifest describes/ },
		{ name: 'a corrupt model.json', args: withFile('model.json', text('{"architecture": ')), expected: /model.json is not valid JSON/ },
		{ name: 'a model.json of something else', args: withFile('model.json', text('{"hello": 1}')), expected: /no architecture.layers/ },
		{ name: 'a missing manifest', args: withFile('weights_manifest.json', null), expected: /Could not load weights_manifest.json/ }
	])('$name gives a clear message', async ({ args, expected }) => {
		const tf = await nodeTf('wasm');
		const error = await loadModel(tf, MODEL_DIR, args).catch((e) => e);
		expect(error).toBeInstanceOf(ModelLoadError);
		expect(error.message).toMatch(expected);
	});
});
