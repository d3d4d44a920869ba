// What the hand-set widget asks of the network, which runs in the page's engine: every detector's
// activation for a curve, and the family's tuning curves for a radius and an inhibition setting.
import type { Job } from '../../engine/client';
import type { BuildContext } from '../kit/host';
import type { CurveDetectorsState } from './spec';

export interface HandsetNet {
	activations(state: CurveDetectorsState): Promise<number[]>;
	/** tuning[detector][angle] over the tuning angles, swept by the engine; progress: angles done */
	tuning(radius: number, inhibition: boolean, onProgress?: (done: number) => void): Job<number[][]>;
	dispose(): void;
}

const ANGLES_PER_CHECKPOINT = 18;

export const build = ({ engine }: BuildContext): HandsetNet => ({
	activations: (s) => engine.call('handset', 'activations', s.angle, s.radius, s.inhibition),
	tuning: (radius, inhibition, onProgress) =>
		engine.job('handset', 'sweep', [radius, inhibition, ANGLES_PER_CHECKPOINT], onProgress),
	dispose() {}
});
