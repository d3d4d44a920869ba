// The polysemanticity penalty experiment, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import PolysemanticityPenalty from './PolysemanticityPenalty.svelte';
import { build, type ToyNet } from '../parts/toy/net';
import { spec } from './spec';
import type { SuperpositionState } from '../parts/toy/params';
import type { SuperpositionSnapshot } from '../parts/toy/state';

export const widget: WidgetEntry<SuperpositionState, ToyNet, SuperpositionSnapshot> = {
	spec,
	component: PolysemanticityPenalty,
	build
};
