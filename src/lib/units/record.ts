// What a unit's page knows of its unit from the build: what the atlas found it to be, and its examples.
import type { SliceExample } from '$lib/atlas/slice';
import type { UnitDepth } from '$lib/analysis/examples';
import type { UnitFamily } from './catalogue.server';
import type { UnitRef } from '../unit';

export interface UnitRecord extends UnitRef {
	families: UnitFamily[];
	/** its strongest held-out scenes */
	examples: SliceExample[];
	/** the rest of the held-out split: its weakest scenes, its histogram, what its strongest show */
	depth: UnitDepth;
	/** the held-out split the scenes are of, and how many of its scenes were searched */
	split: number;
	scenes: number;
}
