// The hand-set curve detectors (the paper's seventh argument) as an engine service: each detector read at
// the image centre, for curves drawn here or ink the page sends.
import { handsetWeights } from '../../model/handset';
import { handsetNetwork } from '../../model/handset-tf';
import { byUnit, handsetCurves, TUNING_ANGLES } from '../../measure/sweeps';
import type { EngineContext, JobControl } from '../core';

export const handset = ({ tf }: EngineContext) => {
	const network = handsetNetwork(tf, handsetWeights());
	const detectors = network.detectors;
	const rows = (flat: Float32Array, count: number) =>
		Array.from({ length: count }, (_, i) => Array.from(flat.subarray(i * detectors, (i + 1) * detectors)));
	return {
		/** every detector's activation for a curve opening towards `angle` */
		activations: (angle: number, radius: number, inhibition: boolean): number[] =>
			rows(network.centreActivations(handsetCurves([angle], radius), 1, inhibition), 1)[0],
		/** the same for ink drawn by the page (one INPUT_SIZE² image, 1 for ink) */
		ink: (image: Float32Array, inhibition: boolean): number[] =>
			rows(network.centreActivations(image, 1, inhibition), 1)[0],
		/** tuning[detector][angle] over TUNING_ANGLES, as a job of `perCheckpoint` angles between checkpoints */
		sweep: async (
			radius: number,
			inhibition: boolean,
			perCheckpoint: number,
			control: JobControl<number>
		): Promise<number[][]> => {
			const out: number[][] = [];
			for (let from = 0; from < TUNING_ANGLES.length; from += perCheckpoint) {
				await control.checkpoint();
				const angles = TUNING_ANGLES.slice(from, from + perCheckpoint);
				out.push(
					...rows(network.centreActivations(handsetCurves(angles, radius), angles.length, inhibition), angles.length)
				);
				control.progress(out.length);
			}
			return byUnit(out);
		}
	};
};
