// The hand-set curve detectors, as the registry lists them.
import type { WidgetEntry } from '../kit/entry';
import type { CurveNetwork } from '../../model/handset-tf';
import CurveDetectors from './CurveDetectors.svelte';
import { build } from './net';
import { spec, type CurveDetectorsState } from './spec';
import type { CurveDetectorsSnapshot } from './state';

export const widget: WidgetEntry<CurveDetectorsState, CurveNetwork, CurveDetectorsSnapshot> = { spec, component: CurveDetectors, build };
