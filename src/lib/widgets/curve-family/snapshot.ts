// The trained curve widget's default state as drawn at build time (see snapshot.server.ts).
import type { AtlasSlice } from '../../atlas/slice';
import type { CurveFamilyState } from './spec';
import type { WeightInput } from './state';

export interface CurveFamilySnapshot {
	state: CurveFamilyState;
	curves: AtlasSlice['curves'];
	activations: number[];
	/** the default stimulus as the network gets it, as a PNG data URL */
	stimulus: string;
	/** the weights of the unit shown by default */
	weights: { unit: number; inputs: WeightInput[] };
}
