// The toy models of superposition as engine jobs: each training reports its progress at every checkpoint
// and stops there when cancelled (every tensor it made is disposed then).
import {
	trainPenaltySweep,
	trainPhaseDiagram,
	trainSuperposition,
	type PhaseCell,
	type ToySettings
} from '../../toy/experiments';
import type { TrainProgress } from '../../toy/types';
import type { EngineContext, JobControl } from '../core';

export const toy = ({ tf }: EngineContext) => ({
	superposition: (settings: ToySettings, control: JobControl<TrainProgress>) =>
		trainSuperposition(tf, settings, { pause: control.checkpoint, onProgress: control.progress }),
	penalty: (settings: ToySettings, control: JobControl<TrainProgress>) =>
		trainPenaltySweep(tf, settings, { pause: control.checkpoint, onProgress: control.progress }),
	/** progress: each finished row, { row, cells } */
	phase: (seed: number, control: JobControl<{ row: number; cells: PhaseCell[] }>) =>
		trainPhaseDiagram(tf, seed, { pause: control.checkpoint, onRow: (row, cells) => control.progress({ row, cells }) })
});
