// The trained network's curve family, as the registry lists it.
import type { WidgetEntry } from '../kit/entry';
import CurveFamily from './CurveFamily.svelte';
import { build, type CurveFamilyNet } from './net';
import { spec, type CurveFamilyState } from './spec';
import type { CurveFamilySnapshot } from './snapshot';

export const widget: WidgetEntry<CurveFamilyState, CurveFamilyNet, CurveFamilySnapshot> = {
	spec,
	component: CurveFamily,
	build
};
