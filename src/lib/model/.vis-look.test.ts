import { it } from 'vitest';
import { writeFileSync, readFileSync } from 'node:fs';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { featureVis, type FeatureVisOptions } from './featurevis';
import { loadNodeModel, MODEL_DIR, nodeTf } from './node';
import { colourMatrix } from '../world/colour';
import { encodePng, tile } from '../world/png.server';
import { conditionCurve, SELECTION } from '../measure/stimuli';
import { probe } from '../measure/probe';
import { angleSweep } from '../world/geometry';

const ANGLES = angleSweep(5);
/** The angle whose curve template the picture's luminance matches best, either polarity: |correlation|. */
function arcAngle(image: Float32Array, radius: number, shift: { x: number; y: number }) {
	const lum = (img: Float32Array) => Float32Array.from({ length: 64 * 64 }, (_, i) => (img[i * 3] + img[i * 3 + 1] + img[i * 3 + 2]) / 3);
	const centre = (v: Float32Array) => { const m = v.reduce((a, b) => a + b, 0) / v.length; return v.map((x) => x - m); };
	const L = centre(lum(image));
	let best = 0, bestAngle = 0;
	for (const a of ANGLES) {
		const T = centre(lum(conditionCurve(a, radius, shift, SELECTION)));
		let dot = 0, nl = 0, nt = 0;
		for (let i = 0; i < L.length; i++) { dot += L[i] * T[i]; nl += L[i] * L[i]; nt += T[i] * T[i]; }
		const c = Math.abs(dot) / Math.sqrt(nl * nt + 1e-12);
		if (c > best) { best = c; bestAngle = a; }
	}
	return bestAngle;
}
const diff = (a: number, b: number) => { const d = Math.abs(a - b) % 360; return Math.min(d, 360 - d); };

it('look', async () => {
	const tf = await nodeTf('wasm');
	const model = await loadNodeModel(tf);
	const atlas = JSON.parse(readFileSync(`${MODEL_DIR}/atlas.json`, 'utf8'));
	const units = [...atlas.curves.units].sort((a, b) => a.preferredAngle - b.preferredAngle);
	const p = probe(tf, model);
	const variants: Record<string, Partial<FeatureVisOptions>> = JSON.parse(process.env.VARIANTS ?? '{"base":{}}');
	for (const [name, variant] of Object.entries(variants)) {
		const images: Float32Array[] = [];
		let agree = 0, own = 0;
		const lines: string[] = [];
		for (const u of units) {
			const fv = featureVis(tf, model, { layer: u.layer, unit: u.unit, objective: 'neuron', sign: 1, seed: 1, colour: colourMatrix(200), ...variant, ...(process.env.AGAINST ? { against: units.map((x) => x.unit) } : {}) });
			fv.step(Number(process.env.STEPS ?? 256));
			const image = fv.image();
			const act = fv.activation();
			fv.dispose();
			images.push(image);
			const arc = arcAngle(image, 8, { x: 2, y: -2 });
			const row = p.read([image], u.layer, { row: 8, column: 8 })[0];
			const leader = units.reduce((a, b) => (row[b.unit] > row[a.unit] ? b : a));
			if (diff(arc, u.preferredAngle) <= 45) agree++;
			if (leader.unit === u.unit) own++;
			lines.push(`${u.name}@${u.preferredAngle}: arc ${arc} act ${act.toFixed(2)} leader ${leader.name}`);
		}
		const t = tile(images, 64, 6, 3);
		writeFileSync(`/tmp/vis-${name}.png`, encodePng(t.rgb, t.width, t.height));
		console.log(`${name}: arc within 45° ${agree}/${units.length}, own unit leads ${own}/${units.length}\n  ${lines.join('\n  ')}`);
	}
}, 1800000);
