// The phase diagram of superposition, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import SuperpositionPhase from './SuperpositionPhase.svelte';
import { build, type ToyNet } from '../toy-family/net';
import { spec, type SuperpositionPhaseState } from './spec';
import type { PhaseSnapshot } from './state';

export const widget: WidgetEntry<SuperpositionPhaseState, ToyNet, PhaseSnapshot> = {
	spec,
	component: SuperpositionPhase,
	build
};
