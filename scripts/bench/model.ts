// Times the trained network in the browser, on the runtime's backend: a forward pass to its deepest layer,
// and passes with the atlas's edits compiled (the curve family's negative weights removed; the dog
// circuit's inhibition cut) against the same passes without them.
import type * as TF from '@tensorflow/tfjs-core';
import { startBackend } from '../../src/lib/engine/backend';
import { fetchReader, loadModel } from '../../src/lib/model/load';
import { forward } from '../../src/lib/model/inception';
import { compileEdits } from '../../src/lib/model/edits';
import type { EdgeEdit } from '../../src/lib/model/types';

const RUNS = 40;

interface Edits {
	curve: EdgeEdit;
	heads: EdgeEdit;
}

async function main() {
	const search = new URLSearchParams(location.search);
	const tf = await startBackend(search.get('backend') ?? 'wasm');
	const used = tf.getBackend();
	const name = search.get('model');
	const model = await loadModel(tf, `./models/${name}`, fetchReader);
	const edits = (await (await fetch(`./models/${name}/edits.json`)).json()) as Edits;
	const image = tf.randomUniform([1, 64, 64, 3], 0, 1, 'float32', 1) as TF.Tensor4D;
	const time = (pass: () => void) => {
		for (let i = 0; i < 5; i++) pass();
		const times: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			const start = performance.now();
			pass();
			times.push(performance.now() - start);
		}
		times.sort((a, b) => a - b);
		return { median: times[RUNS >> 1], p95: times[Math.floor(RUNS * 0.95)] };
	};
	const deepest = model.architecture.layers.at(-1)!.name;
	const before = tf.memory().numTensors;
	const pass =
		(upTo: string, compiled: ReturnType<typeof compileEdits> | null = null) =>
		() =>
			tf.tidy(() => forward(tf, model, image, { upTo, edits: compiled })[upTo].dataSync());
	const full = time(pass(deepest));
	const compileStart = performance.now();
	const curve = compileEdits(tf, model, [edits.curve]);
	const heads = compileEdits(tf, model, [edits.heads]);
	const compileMs = performance.now() - compileStart;
	const result = {
		backend: used,
		deepest,
		runs: RUNS,
		full,
		compileMs,
		curvePlain: time(pass(edits.curve.target)),
		curveEdited: time(pass(edits.curve.target, curve)),
		curvePairs: edits.curve.pairs.length,
		headsPlain: time(pass(edits.heads.target)),
		headsEdited: time(pass(edits.heads.target, heads)),
		headsPairs: edits.heads.pairs.length,
		leakedTensors: 0
	};
	curve.dispose();
	heads.dispose();
	image.dispose();
	result.leakedTensors = tf.memory().numTensors - before + 1;
	(window as unknown as { benchResult: unknown }).benchResult = result;
	document.getElementById('status')!.textContent = JSON.stringify(result);
}

main().catch((e) => {
	(window as unknown as { benchResult: unknown }).benchResult = { error: String(e) };
});
