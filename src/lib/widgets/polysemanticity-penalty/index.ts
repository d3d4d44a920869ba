// The polysemanticity penalty experiment, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import PolysemanticityPenalty from './PolysemanticityPenalty.svelte';
import { build, type ToyNet } from '../superposition/net';
import { spec } from './spec';
import type { SuperpositionState } from '../superposition/spec';
import type { SuperpositionSnapshot } from '../superposition/state';

export const widget: WidgetEntry<SuperpositionState, ToyNet, SuperpositionSnapshot> = { spec, component: PolysemanticityPenalty, build };
