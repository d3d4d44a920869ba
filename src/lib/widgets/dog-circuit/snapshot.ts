// The dog-circuit widget's default state as drawn at build time (see snapshot.server.ts).
import type { HeadsSlice } from '../../atlas/slice';
import type { DogCircuitState } from './spec';
import type { CircuitReading } from './state';

export interface DogCircuitSnapshot {
	state: DogCircuitState;
	heads: HeadsSlice;
	/** the default head as the circuit reads it, and as the network sees it (a PNG data URL) */
	reading: CircuitReading;
	image: string;
}
