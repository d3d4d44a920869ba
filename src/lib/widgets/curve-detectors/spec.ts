// The hand-set curve detectors: the paper's seventh argument, a curve detector written by hand.
import { angleParam, integerParam, switchParam, type WidgetSpec } from '../kit/spec';
import { defaultCurve } from '../../world/stimuli';

export interface CurveDetectorsState {
	/** degrees: the direction the curve opens towards */
	angle: number;
	/** radius of curvature in input pixels */
	radius: number;
	/** whether the curve detectors' negative weights are in place */
	inhibition: boolean;
}

export const RADIUS_RANGE = { min: 8, max: 40 } as const;

export const spec: WidgetSpec<CurveDetectorsState> = {
	slug: 'curve-detectors',
	title: 'Hand-set curve detectors',
	caption:
		'What to look at: the activation passing from one detector to the next as the curve turns, ' +
		'on the polar plot and the bars. These detectors’ weights were set by hand. Drag the curve ' +
		'(or use the slider or arrow keys); switch the inhibitory weights off and each detector also ' +
		'answers the curve turned 180°: the echo.',
	urlPrefix: 'curves.',
	params: {
		angle: angleParam(20, 'degrees the curve opens towards, any number (taken modulo 360)'),
		radius: integerParam(
			defaultCurve.radius,
			RADIUS_RANGE.min,
			RADIUS_RANGE.max,
			`radius of curvature, whole pixels from ${RADIUS_RANGE.min} to ${RADIUS_RANGE.max}`,
			'pixels'
		),
		inhibition: switchParam(true, 'on or off: the curve detectors’ negative weights')
	},
	parts: ['caption', 'stimulus', 'angle', 'radius', 'tuning', 'bars', 'inhibition', 'echo', 'description'],
	example: 'angle=45&inhibition=off',
	usesTrainedModel: false
};
