// The polysemanticity penalty experiment, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import PolysemanticityPenalty from './PolysemanticityPenalty.svelte';
import { build, type ToyNet } from '../toy-family/net';
import { spec } from './spec';
import type { SuperpositionState } from '../toy-family/params';
import type { SuperpositionSnapshot } from '../toy-family/state';

export const widget: WidgetEntry<SuperpositionState, ToyNet, SuperpositionSnapshot> = {
	spec,
	component: PolysemanticityPenalty,
	build
};
