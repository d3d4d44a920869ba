// The high-low widget's default state as drawn at build time (see snapshot.server.ts).
import type { AtlasSlice } from '../../atlas/slice';
import type { HighLowState } from './spec';

export interface HighLowSnapshot {
	state: HighLowState;
	highLow: AtlasSlice['highLow'];
	activations: number[];
	/** the default stimulus on each texture as the network gets it, as PNG data URLs */
	stimuli: string[];
}
