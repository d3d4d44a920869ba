// The trained network's high-low frequency detectors: a boundary between sharp and blurred texture to turn,
// blur and swap, against a plain edge.
import { BOUNDARY_KINDS, type BoundaryKind } from '../../measure/boundary-stimuli';
import { angleParam, choiceParam, numberParam, unitParam, type WidgetSpec } from '../kit/spec';
// the default angle, chosen from the atlas so that the unit that leads prefers about that angle
import shown from '../../generated/shown.json';

export interface HighLowState {
	/** degrees: the blurred side of the boundary lies this way from the line */
	angle: number;
	/** Gaussian blur of the blurred side (of both sides, for a plain edge), pixels */
	blur: number;
	/** a high-low boundary, the same turned 180°, or a plain edge darker or lighter on the angle's side */
	kind: BoundaryKind;
	/** the unit whose examples are shown; null: the one responding most */
	unit: number | null;
}

export const BLUR_RANGE = { min: 0, max: 4, step: 0.25 } as const;

export const spec: WidgetSpec<HighLowState> = {
	slug: 'high-low',
	title: 'The trained network’s high-low frequency detectors',
	caption:
		'What to look at: the leading unit changing as the line turns, and the family falling quiet ' +
		'when the blur goes to nothing. High-low frequency detectors of the network trained for this ' +
		'page, shown exactly what the network gets: a texture blurred on one side of a line, sharp ' +
		'on the other. Drag the line or use the arrow keys.',
	urlPrefix: 'highlow.',
	params: {
		angle: angleParam(
			shown['high-low'].angle,
			'degrees, any number (taken modulo 360): the blurred side lies this way from the line'
		),
		blur: numberParam(
			2,
			BLUR_RANGE.min,
			BLUR_RANGE.max,
			BLUR_RANGE.step,
			`blur in pixels from ${BLUR_RANGE.min} to ${BLUR_RANGE.max}, in steps of ${BLUR_RANGE.step}`,
			'pixels'
		),
		kind: choiceParam<BoundaryKind>(
			'high-low',
			BOUNDARY_KINDS,
			'high-low (blurred on the angle’s side), swapped (sharp on the angle’s side), ' +
				'edge-dark or edge-light (the same texture on both sides, darker or lighter on the ' +
				'angle’s side)'
		),
		unit: unitParam(
			'the unit (of the high-low family) whose dataset examples are shown, or leader: the one responding most'
		)
	},
	parts: ['caption', 'stimulus', 'controls', 'tuning', 'bars', 'blur', 'examples', 'description'],
	example: 'kind=edge-dark&blur=3',
	usesTrainedModel: true
};
