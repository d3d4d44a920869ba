// The toy models of superposition as engine jobs: each training reports its progress at every checkpoint
// and stops there when cancelled (every tensor it made is disposed then).
import { trainPenaltySweep, trainPhaseDiagram, trainSuperposition, type ToySettings } from '../../toy/experiments';
import type { JobControl, ServiceFactory } from '../core';

export const toy: ServiceFactory = ({ tf }) => ({
	superposition: (settings: ToySettings, control: JobControl) =>
		trainSuperposition(tf, settings, { pause: control.checkpoint, onProgress: control.progress }),
	penalty: (settings: ToySettings, control: JobControl) =>
		trainPenaltySweep(tf, settings, { pause: control.checkpoint, onProgress: control.progress }),
	/** progress: each finished row, { row, cells } */
	phase: (seed: number, control: JobControl) =>
		trainPhaseDiagram(tf, seed, { pause: control.checkpoint, onRow: (row, cells) => control.progress({ row, cells }) })
});
