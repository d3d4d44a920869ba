// The hand-set widget's default state, drawn at build time with the plain-array network (no tfjs there).
import { handsetWeights } from '../../model/handset';
import { referenceNetwork } from '../../model/handset-reference';
import { defaults } from '../kit/spec';
import { spec } from './spec';
import { snapshotFor, type CurveDetectorsSnapshot } from './state';

let cached: CurveDetectorsSnapshot | null = null;

export const snapshot = (): CurveDetectorsSnapshot => (cached ??= snapshotFor(referenceNetwork(handsetWeights()), defaults(spec)));
