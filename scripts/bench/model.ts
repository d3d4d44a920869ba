// Times the trained network's forward pass to its deepest layer, in the browser, on the runtime's backend.
import { loadRuntime } from '../../src/lib/model/runtime';
import { fetchReader, loadModel } from '../../src/lib/model/load';
import { forward } from '../../src/lib/model/inception';

const RUNS = 60;

async function main() {
	const backend = new URLSearchParams(location.search).get('backend') ?? 'wasm';
	const { tf, backend: used } = await loadRuntime(backend);
	const name = new URLSearchParams(location.search).get('model');
	const model = await loadModel(tf, `./models/${name}`, fetchReader);
	const deepest = model.architecture.layers.at(-1)!.name;
	const image = tf.randomUniform([1, 64, 64, 3], 0, 1, 'float32', 1);
	const pass = () => tf.tidy(() => forward(tf, model, image as never)[deepest].dataSync());
	for (let i = 0; i < 5; i++) pass();
	const before = tf.memory().numTensors;
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		pass();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const result = { backend: used, deepest, runs: RUNS, median: times[RUNS >> 1], p95: times[Math.floor(RUNS * 0.95)], leakedTensors: tf.memory().numTensors - before };
	(window as unknown as { benchResult: unknown }).benchResult = result;
	document.getElementById('status')!.textContent = JSON.stringify(result);
}

main().catch((e) => {
	(window as unknown as { benchResult: unknown }).benchResult = { error: String(e) };
});
