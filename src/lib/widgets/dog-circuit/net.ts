// What the dog-circuit widget asks of the network, which runs in the page's engine (compute.ts): the
// circuit's units and the dog logit for a head, with the cut edges compiled once per set of cuts, and
// the same over every held-out head as a job that reports each chunk of heads.
import type { Job } from '../../engine/client';
import type { AtlasSlice } from '../../atlas/slice';
import { MODEL_NAME } from '../../model/models';
import { openTrained, type BuildContext } from '../kit/host';
import type { Cut } from './compute';
import type { CircuitReading } from './state';

export interface DogCircuitNet {
	slice: AtlasSlice;
	/** a held-out head (or its chimera) drawn where the network runs, read with these edges cut; and the image it got */
	show(
		head: { head: number; facing: 'left' | 'right'; chimera: boolean },
		cut: Cut
	): Promise<{ reading: CircuitReading; image: Float32Array }>;
	/** the same for every held-out head facing left and right; progress: heads done */
	overMany(
		cut: Cut,
		onProgress?: (p: { done: number; total: number }) => void
	): Job<{ left: CircuitReading[]; right: CircuitReading[] }>;
	dispose(): void;
}

export function dogCircuitNet({ engine }: Pick<BuildContext, 'engine'>, slice: AtlasSlice): DogCircuitNet {
	return {
		slice,
		show: (head, cut) => engine.call('dog-circuit', 'show', slice.heads, head, cut),
		overMany: (cut, onProgress) => engine.job('dog-circuit', 'overMany', [slice.heads, cut], onProgress),
		dispose() {}
	};
}

export async function build(context: BuildContext): Promise<DogCircuitNet> {
	return dogCircuitNet(context, await openTrained(context, MODEL_NAME));
}
