// The hand-set widget's default state, drawn at build time with the plain-array network (no tfjs there).
import { handsetWeights } from '../../model/handset';
import { referenceNetwork } from '../../model/handset-reference';
import { defaults } from '../kit/spec';
import { spec } from './spec';
import { snapshotFor, type CurveDetectorsSnapshot } from './state';
import { INPUT_SIZE } from '../../model/handset';
import { defaultCurve, renderCurve } from '../../world/stimuli';
import type { Picture } from '../../world/canvas.server';

let cached: CurveDetectorsSnapshot | null = null;

export const snapshot = (): CurveDetectorsSnapshot =>
	(cached ??= snapshotFor(referenceNetwork(handsetWeights()), defaults(spec)));

/** The embed thumbnail: the default curve as the network reads it (ink 1 on blank paper), drawn dark on light. */
export function thumbnail(): Picture {
	const { angle, radius } = defaults(spec);
	const ink = renderCurve({ ...defaultCurve, angle, radius }, INPUT_SIZE);
	const rgb = new Float32Array(ink.length * 3).map((_, i) => 1 - ink[Math.floor(i / 3)]);
	return { rgb, width: INPUT_SIZE, height: INPUT_SIZE };
}
