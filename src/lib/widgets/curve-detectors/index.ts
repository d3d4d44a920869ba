// The hand-set curve detectors, as the registry lists them.
import type { WidgetEntry } from '../kit/entry';
import CurveDetectors from './CurveDetectors.svelte';
import { build, type HandsetNet } from './net';
import { spec, type CurveDetectorsState } from './spec';
import type { CurveDetectorsSnapshot } from './state';

export const widget: WidgetEntry<CurveDetectorsState, HandsetNet, CurveDetectorsSnapshot> = {
	spec,
	component: CurveDetectors,
	build
};
