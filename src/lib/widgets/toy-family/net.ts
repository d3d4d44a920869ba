// What the toy widgets run on: the page's engine, which trains their models (nothing to load), as jobs
// that report as they go and stop when cancelled.
import type { Job } from '../../engine/client';
import type { PenaltyResult, PhaseCell, ToySettings } from '../../toy/experiments';
import type { TrainProgress, TrainedToy } from '../../toy/types';
import type { BuildContext } from '../kit/host';

export interface ToyNet {
	backend: string;
	/** the 5-in-2 model for these settings */
	superposition(settings: ToySettings, onProgress?: (p: TrainProgress) => void): Job<TrainedToy>;
	/** one privileged-basis model per penalty, side by side */
	penalty(settings: ToySettings, onProgress?: (p: TrainProgress) => void): Job<PenaltyResult[]>;
	/** the phase diagram, each row handed over when it is done */
	phase(seed: number, onRow?: (p: { row: number; cells: PhaseCell[] }) => void): Job<PhaseCell[][]>;
	dispose(): void;
}

export const build = ({ engine }: BuildContext): ToyNet => ({
	backend: engine.backend,
	superposition: (settings, onProgress) => engine.job('toy', 'superposition', [settings], onProgress),
	penalty: (settings, onProgress) => engine.job('toy', 'penalty', [settings], onProgress),
	phase: (seed, onRow) => engine.job('toy', 'phase', [seed], onRow),
	dispose() {}
});
