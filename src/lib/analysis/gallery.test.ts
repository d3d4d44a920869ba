import { describe, expect, it } from 'vitest';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { galleryImage, gallerySummary, galleryUnits, leaderDistance, readGallery } from './gallery';
import { readAtlas, readExamples, worldColour } from './atlas-files';
import { DIVERSITY, featureVis, VIS_DEFAULTS } from '../model/featurevis';
import { loadNodeModel, MODEL_NAME, nodeTf } from '../model/node';
import { SELECTION_STROKE } from '../measure/curve-stimuli';
import { ARCS_SHOWN, galleryCaption, galleryTally } from '../figures/captions';

const atlas = readAtlas(MODEL_NAME);
const gallery = readGallery(MODEL_NAME);

describe('the feature visualizations grown at build time', () => {
	it('hold the units the atlas names, grown with the live widget’s defaults', () => {
		expect(gallery, 'npm run gallery writes it').not.toBeNull();
		expect(gallery!.entries.map((e) => ({ layer: e.layer, unit: e.unit }))).toEqual(galleryUnits(atlas));
		expect({ steps: gallery!.steps, seed: gallery!.seed }).toEqual(VIS_DEFAULTS);
		const examples = readExamples(MODEL_NAME);
		for (const e of gallery!.entries) expect(e.best, e.name).toBe(examples.layers[e.layer].units[e.unit][0].activation);
	});

	it('excite their units beyond the best held-out scene; a curve unit’s is read as that unit or its neighbour', () => {
		// measured on inception-world-v10a (mixed4a at 16 px): 22 of the 26 pictures beat their unit's best scene,
		// 18 of the 22 curve pictures among them; 18 of 22 are read as their own unit or a neighbour in angle
		const curves = gallery!.entries.filter((e) => e.familyLeader !== undefined);
		expect(curves).toHaveLength(atlas.curves.units.length);
		for (const e of gallery!.entries.filter((e) => e.familyLeader === undefined))
			expect(e.activation, e.name).toBeGreaterThan(e.best);
		const above = curves.filter((e) => e.activation > e.best).length;
		expect(above, 'curve pictures beating their best scene').toBeGreaterThanOrEqual(Math.ceil(0.75 * curves.length));
		const near = curves.filter((e) => leaderDistance(atlas, e)! <= 1).length;
		expect(near, 'pictures read as their own unit or its neighbour in angle').toBeGreaterThanOrEqual(
			Math.ceil(0.75 * curves.length)
		);
	});

	it('are what the code grows: the first one grown again gives the same picture and activation', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const entry = gallery!.entries[0];
		const run = featureVis(tf, model, {
			layer: entry.layer,
			unit: entry.unit,
			objective: 'neuron',
			sign: 1,
			seed: gallery!.seed,
			colour: worldColour()
		});
		run.step(gallery!.steps);
		const image = run.image();
		const activation = run.activation();
		run.dispose();
		expect(Math.abs(activation - entry.activation)).toBeLessThanOrEqual(1e-3 * entry.activation);
		const stored = galleryImage(entry);
		const worst = image.reduce((m, v, i) => Math.max(m, Math.abs(Math.min(1, Math.max(0, v)) - stored[i])), 0);
		expect(worst, 'largest pixel difference').toBeLessThanOrEqual(1 / 255);
	}, 300_000);

	it('draw each curve unit as one stroke too, read by the family, and the caption says how many open its way', () => {
		const curves = gallery!.entries.filter((e) => e.familyLeader !== undefined);
		const family = new Set(atlas.curves.units.map((u) => u.unit));
		for (const e of curves) {
			expect(e.stroke, e.name).toBeDefined();
			expect(family.has(e.stroke!.familyLeader), e.name).toBe(true);
		}
		const summary = gallerySummary(atlas, gallery, readExamples(MODEL_NAME).layers[atlas.curves.layer].mapSize)!;
		const pictures = summary.pictures.filter((p) => p.preferredAngle !== undefined);
		const waves = galleryTally(
			pictures.map((p) => ({ ...p, leaderDistance: p.leaderDistance ?? null, arcAgrees: !!p.arcAgrees }))
		);
		const strokes = galleryTally(pictures.map((p) => ({ ...p.stroke!, best: p.best })));
		// the strokes' arcs, counted by a template, against the target the caption's claim needs (ARCS_SHOWN):
		// measured on inception-world-v10a (mixed4a at 16 px), 14 of 22 strokes open the unit's way, under the 17 the
		// claim needs but more than half, so the caption says an arc is often found, and gives the better count
		expect(strokes.arcs).toBe(pictures.filter((p) => p.stroke?.arcAgrees).length);
		const caption = galleryCaption(strokes, waves, pictures.length);
		if (strokes.shows) expect(caption).toContain(`In ${strokes.arcs} of the ${pictures.length} the stroke opens`);
		else if (waves.shows) expect(caption).toContain(`In ${waves.arcs} of the ${pictures.length} the arc matches`);
		else {
			const arcs = Math.max(strokes.arcs, waves.arcs);
			expect(caption).toContain(`angle in ${2 * arcs > pictures.length ? '' : 'only '}${arcs} of ${pictures.length}.`);
		}
		expect(strokes.shows).toBe(strokes.arcs >= Math.ceil(ARCS_SHOWN * pictures.length));
	});

	it('are what the code grows: the first curve unit’s stroke grown again is the same', async () => {
		const tf = await nodeTf('wasm');
		const model = await loadNodeModel(tf);
		const entry = gallery!.entries.find((e) => e.stroke)!;
		const run = featureVis(tf, model, {
			layer: entry.layer,
			unit: entry.unit,
			objective: 'neuron',
			sign: 1,
			seed: gallery!.seed,
			colour: worldColour(),
			draw: 'stroke',
			stroke: SELECTION_STROKE
		});
		run.step(gallery!.steps);
		const image = run.image();
		const activation = run.activation();
		run.dispose();
		expect(Math.abs(activation - entry.stroke!.activation)).toBeLessThanOrEqual(1e-3 * entry.stroke!.activation);
		const stored = galleryImage(entry.stroke!);
		expect(
			image.reduce((m, v, i) => Math.max(m, Math.abs(Math.min(1, Math.max(0, v)) - stored[i])), 0),
			'largest pixel difference'
		).toBeLessThanOrEqual(1 / 255);
	}, 300_000);

	it('hold several pictures for the head units and the polysemantic unit', () => {
		const several = gallery!.entries.filter((e) => e.several);
		expect(several.map((e) => e.name).sort()).toEqual(
			[atlas.heads.left, atlas.heads.right, atlas.heads.union, atlas.polysemantic].map((u) => u.name).sort()
		);
		for (const e of several) {
			expect(e.several!.pictures, e.name).toHaveLength(DIVERSITY.several);
			expect(e.several!.diversity).toBe(DIVERSITY.weight);
			// pushed apart, the pictures together still excite the unit beyond its strongest held-out scene
			// (measured: one of mixed4b:109's four falls below it)
			const mean = e.several!.pictures.reduce((a, p) => a + p.activation, 0) / e.several!.pictures.length;
			expect(mean, e.name).toBeGreaterThan(e.best);
		}
	});
});
