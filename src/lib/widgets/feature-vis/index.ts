// Feature visualization, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import FeatureVis from './FeatureVis.svelte';
import { build, type FeatureVisNet } from './net';
import { spec, type FeatureVisState } from './spec';
import type { FeatureVisSnapshot } from './snapshot';

export const widget: WidgetEntry<FeatureVisState, FeatureVisNet, FeatureVisSnapshot> = {
	spec,
	component: FeatureVis,
	build
};
