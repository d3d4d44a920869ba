// The high-low widget's pure parts: the stimulus its settings describe, and what it says.
import type { BoundaryKind } from '../../measure/boundary-stimuli';
import { sweepImages, type SweepStimulus } from '../../measure/sweeps';
import type { HighLowSlice } from '../../atlas/slice';
import { formatAngle, formatNumber } from '../../config';
import { leader } from '../parts/units';
import type { HighLowState } from './spec';

export const KIND_LABELS: Record<BoundaryKind, string> = {
	'high-low': 'high-low',
	swapped: 'swapped',
	'edge-dark': 'plain edge, darker',
	'edge-light': 'plain edge, lighter'
};

/**
 * The stimulus these settings describe, at any angle: the boundary on each of the evaluation's textures, through
 * the family's read cell.
 */
export const boundaryStimulus = (
	state: Pick<HighLowState, 'kind' | 'blur'>,
	family: Pick<HighLowSlice, 'seeds' | 'shift'>
): SweepStimulus => ({
	kind: 'boundary',
	boundary: state.kind,
	blur: state.blur,
	seeds: family.seeds,
	shift: family.shift
});

/** The images the network gets for these settings (one per texture). */
export const boundariesOf = (
	state: Pick<HighLowState, 'angle' | 'kind' | 'blur'>,
	family: Pick<HighLowSlice, 'seeds' | 'shift'>
): Float32Array[] => sweepImages(boundaryStimulus(state, family), state.angle);

/** The stimulus in words: what lies on which side of the line. */
export function stimulusText(state: Pick<HighLowState, 'angle' | 'kind' | 'blur'>): string {
	const towards = formatAngle(state.angle);
	const away = formatAngle((state.angle + 180) % 360);
	const blur = state.blur === 0 ? 'unblurred' : `blurred ${blurText(state.blur)}`;
	if (state.kind === 'high-low')
		return state.blur === 0
			? 'One sharp texture throughout: no boundary'
			: `Texture ${blur} towards ${towards}, sharp towards ${away}`;
	if (state.kind === 'swapped')
		return state.blur === 0
			? 'One sharp texture throughout: no boundary'
			: `Texture sharp towards ${towards}, ${blur} towards ${away}`;
	return (
		`A plain edge: the same texture, ${blur}, on both sides, ` +
		`${state.kind === 'edge-dark' ? 'darker' : 'lighter'} towards ${towards}`
	);
}

/** The one-line description a screen reader hears after each change. */
export function liveSentence(state: HighLowState, names: string[], activations: number[]): string {
	const lead = leader(activations);
	const answer =
		lead === null ? 'no unit of the family fires' : `${names[lead]} leads at ${formatNumber(activations[lead])}`;
	return `${stimulusText(state)}: ${answer}.`;
}

/** Whether the atlas measured the family's tuning on exactly this stimulus (so the plot needs no sweep). */
export const measuredTuning = (state: Pick<HighLowState, 'kind' | 'blur'>, family: Pick<HighLowSlice, 'defaultBlur'>) =>
	state.kind === 'high-low' && state.blur === family.defaultBlur;

/** A blur as the controls write it: "2 px", "0.25 px". */
export const blurText = (blur: number) => `${Number(blur.toFixed(2))} px`;
