// The run: the pictures' parameters climbed with Adam a step at a time, through the transforms and the
// network to the objective; it hands back the pictures as they are and what the unit gives them.
import type * as TF from '@tensorflow/tfjs-core';
import type { Model } from '../types';
import { mixedChannels } from '../architecture';
import { Rng } from '../../world/rng';
import type { FeatureVis, FeatureVisOptions } from './options';
import { fourierPictures } from './param/fourier';
import { STROKE, strokePictures, type StrokeLook } from './param/stroke';
import { toInputRange, transforms } from './transforms';
import { greyDistance, likeness, unitMean, unitValues } from './objectives';
import { cellCentre, networkReader } from './read';

type Tf = typeof TF;

/** A feature visualization run; call (and await) registerGradients() first. */
export function featureVis(tf: Tf, model: Model, options: FeatureVisOptions): FeatureVis {
	const { layer, unit, objective, sign, seed } = options;
	const size = options.size ?? model.architecture.input.size;
	const strokes = options.draw === 'stroke';
	// a stroke is drawn at the image's own size: at half of it, the ascent found weaker strokes
	const n = strokes ? size : (options.resolution ?? Math.round(size / 2));
	if (strokes && (options.count ?? 1) > 1) throw new Error('a picture drawn as one stroke grows one at a time');
	/** pictures growing side by side: those asked for, or a stroke's starts (until the best is kept alone) */
	const count = strokes ? STROKE.starts : (options.count ?? 1);
	let growing = count;
	if (n > 128) throw new Error('feature visualization here is for small images (the transforms are dense matrices)');
	if (n > size) throw new Error('the parameterised picture cannot be larger than the image');
	const spec = model.architecture.layers.find((l) => l.name === layer);
	if (spec?.type !== 'mixed') throw new Error(`feature visualization reads a mixed block; ${layer} is not one`);
	const rng = new Rng(seed);
	/** what the pictures are made of: their parameters, and how they are drawn */
	const made = strokes
		? strokePictures(tf, size, strokeLook(options), cellCentre(model, layer, size, objective, options.cell), rng)
		: fourierPictures(tf, n, count, rng, options);
	const robust = transforms(
		tf,
		{
			resolution: n,
			size,
			count,
			jitter: options.jitter ?? 2,
			scales: options.scales ?? [1, 0.975, 1.025, 0.95, 1.05],
			rotations: options.rotations ?? [-5, -3, -1, 0, 1, 3, 5]
		},
		rng
	);
	const optimizer = tf.train.adam(options.learningRate ?? 0.3);
	const target = unitValues(tf, {
		layer,
		unit,
		objective,
		sign,
		against: options.against ?? [],
		channels: mixedChannels(spec)
	});
	const reader = networkReader(tf, model, { layer, spec, objective, cell: options.cell, size });
	const toInput = toInputRange(tf, options.inputRange ?? [0, 1]);
	/** each picture's unit before its ReLU, and the layer below */
	const read = (images: TF.Tensor4D) => {
		const { block, below, at } = reader.read(toInput(images));
		return { values: target.of(block, at), below };
	};

	// pictures asked for are pushed apart when there are several (a stroke's starts are not asked for: they climb alone)
	const diversity = (options.count ?? 1) > 1 ? (options.diversity ?? 0) : 0;
	const plainness = options.plainness ?? 0;
	let climb = unitMean(tf).scale(sign);
	if (diversity) climb = climb.add(likeness(tf).scale(-diversity));
	// a stroke is drawn already moved: there is no picture before its transforms to keep plain
	if (plainness && !made.moved) climb = climb.add(greyDistance(tf).scale(-plainness));

	let steps = 0;
	let last = 0;
	const untransformed = () => robust.upsample(made.render());
	/**
	 * for a stroke: the start the unit answers most now, before its ReLU (so that one still below zero is chosen too);
	 * found once a step
	 */
	let chosen = { steps: -1, start: 0 };
	const bestStart = () => {
		if (growing === 1) return 0;
		if (chosen.steps !== steps)
			chosen = {
				steps,
				start: tf.tidy(() => (tf.argMax(tf.mul(read(untransformed()).values, sign)).dataSync() as Int32Array)[0])
			};
		return chosen.start;
	};
	/** each picture's unit as it outputs (after its ReLU), on the pictures as they are */
	const unitOutputs = () => tf.tidy(() => Array.from(reader.outputs(toInput(untransformed()), unit).dataSync()));
	return {
		step(stepsToTake = 1) {
			for (let i = 0; i < stepsToTake; i++) {
				// a stroke's starts race: after STROKE.race steps the best grows on alone, its climb as it was
				if (strokes && growing > 1 && steps === STROKE.race) {
					made.keep!([bestStart()]);
					growing = 1;
				}
				let best: TF.Tensor | null = null;
				const cost = optimizer.minimize(
					() => {
						const pictures = made.moved ? null : made.render();
						// a stroke is drawn already moved (its points turned, scaled and shifted)
						const { values, below } = read(
							made.moved ? made.moved(Array.from({ length: growing }, robust.move)) : robust.transformed(pictures!)
						);
						// a stroke's starts climb side by side; what the run reports is the best of them
						if (strokes) best = tf.keep(tf.max(tf.mul(values, sign)));
						return tf.neg(climb.of({ values, below, pictures })) as TF.Scalar;
					},
					true,
					made.variables
				);
				last = best ? (best as TF.Tensor).dataSync()[0] : -(cost?.dataSync()[0] ?? 0);
				tf.dispose([cost ?? [], best ?? []]);
				steps++;
			}
			return last;
		},
		images() {
			return tf.tidy(() => {
				const all = untransformed().dataSync() as Float32Array;
				const each = size * size * 3;
				const at = (k: number) => all.slice(k * each, (k + 1) * each);
				return strokes ? [at(bestStart())] : Array.from({ length: growing }, (_, k) => at(k));
			});
		},
		image() {
			return this.images()[0];
		},
		activations: () => (strokes ? [unitOutputs()[bestStart()]] : unitOutputs()),
		activation() {
			return this.activations()[0];
		},
		get steps() {
			return steps;
		},
		dispose() {
			robust.dispose();
			made.dispose();
			target.dispose();
			reader.dispose();
			optimizer.dispose();
		}
	};
}

/** The look a stroke is drawn with: the caller's, as its stimuli draw one. */
function strokeLook({ stroke }: FeatureVisOptions): StrokeLook {
	if (!stroke)
		throw new Error('a picture drawn as one stroke needs its look: options.stroke (width, length, ink, paper)');
	return stroke;
}
