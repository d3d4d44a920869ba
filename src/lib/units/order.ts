// The units that have pages, in page order: layer by layer (the mixed blocks the examples cover), unit by unit.
import type { ExamplesFile } from '../analysis/examples';

export const allUnitsOf = (examples: ExamplesFile) =>
	Object.entries(examples.layers).flatMap(([layer, { units }]) => units.map((_, unit) => ({ layer, unit })));
