// The toy model of superposition, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import Superposition from './Superposition.svelte';
import { build, type ToyNet } from '../parts/toy/net';
import { spec, type SuperpositionState } from './spec';
import type { SuperpositionSnapshot } from '../parts/toy/state';

export const widget: WidgetEntry<SuperpositionState, ToyNet, SuperpositionSnapshot> = {
	spec,
	component: Superposition,
	build
};
