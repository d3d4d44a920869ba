// The toy model of superposition, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import Superposition from './Superposition.svelte';
import { build, type ToyNet } from '../toy-family/net';
import { spec, type SuperpositionState } from './spec';
import type { SuperpositionSnapshot } from '../toy-family/state';

export const widget: WidgetEntry<SuperpositionState, ToyNet, SuperpositionSnapshot> = {
	spec,
	component: Superposition,
	build
};
