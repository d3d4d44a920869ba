// The trained network's high-low frequency family, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import HighLow from './HighLow.svelte';
import { build, type HighLowNet } from './net';
import { spec, type HighLowState } from './spec';
import type { HighLowSnapshot } from './snapshot';

export const widget: WidgetEntry<HighLowState, HighLowNet, HighLowSnapshot> = { spec, component: HighLow, build };
