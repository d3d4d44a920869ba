// The dog-head circuit, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import DogCircuit from './DogCircuit.svelte';
import { build, type DogCircuitNet } from './net';
import { spec, type DogCircuitState } from './spec';
import type { DogCircuitSnapshot } from './snapshot';

export const widget: WidgetEntry<DogCircuitState, DogCircuitNet, DogCircuitSnapshot> = {
	spec,
	component: DogCircuit,
	build
};
