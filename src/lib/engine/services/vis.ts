// Feature visualization as an engine job: a run grows its picture a step at a time, with a checkpoint
// after every step (so that other figures' requests wait at most one step, and a pause or a cancel takes
// at once), handing the pictures and the objective's values to the page every 40 ms or so.
import { featureVis, registerGradients, type FeatureVisOptions } from '../../model/featurevis';
import type { EngineContext, JobControl } from '../core';

/** What the page hears after each chunk of steps. */
export interface VisProgress {
	steps: number;
	/** the objective after each step of this chunk */
	values: number[];
	/** every picture growing (one unless the run grows several) */
	images: Float32Array[];
}

export interface VisResult {
	steps: number;
	images: Float32Array[];
	/** the unit's own activation (after its ReLU) on each finished picture */
	activations: number[];
	history: number[];
}

const PROGRESS_MS = 40;

export const vis = ({ tf, trained }: EngineContext) => ({
	grow: async (options: FeatureVisOptions, steps: number, control: JobControl<VisProgress>): Promise<VisResult> => {
		const [model] = await Promise.all([trained(), registerGradients()]);
		const run = featureVis(tf, model, options);
		try {
			const history: number[] = [];
			let values: number[] = [];
			let told = performance.now();
			while (run.steps < steps) {
				await control.checkpoint();
				values.push(run.step(1));
				if (performance.now() - told < PROGRESS_MS && run.steps < steps) continue;
				history.push(...values);
				control.progress({ steps: run.steps, values, images: run.images() });
				values = [];
				told = performance.now();
			}
			return { steps: run.steps, images: run.images(), activations: run.activations(), history };
		} finally {
			run.dispose();
		}
	}
});
