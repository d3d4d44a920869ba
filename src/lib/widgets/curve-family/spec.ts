// The trained network's curve family: the paper's arguments 2 to 5 on the network this page trained.
import { angleParam, choiceParam, unitParam, type Param, type WidgetSpec } from '../kit/spec';
// the default angle, chosen from the atlas so that the unit that lights up prefers about that angle
import shown from '../../generated/shown.json';

export const EDITS = ['none', 'all-negative', 'opposite-negative'] as const;
export type EditName = (typeof EDITS)[number];
export const PAPERS = ['plain', 'negative', 'textured'] as const;
export type Paper = (typeof PAPERS)[number];
export const MODES = ['curve', 'draw'] as const;

export interface CurveFamilyState {
	/** degrees: the direction the curve opens towards */
	angle: number;
	/** radius of curvature in pixels; null: the radius the family was measured at */
	radius: number | null;
	/** the unit whose weights and examples are shown; null: the one responding most */
	unit: number | null;
	/** which negative weights from the early curves are removed */
	edit: EditName;
	/** dark ink on plain paper (as the family was chosen on), light ink on dark, or dark ink on a coloured texture */
	paper: Paper;
	/** a rotating curve, or strokes the reader draws */
	mode: (typeof MODES)[number];
	/** the hand-set family answers the same curve beside the trained one */
	handset: boolean;
}

export const RADIUS_RANGE = { min: 6, max: 30 } as const;

const radiusParam: Param<number | null> = {
	default: null,
	parse(text) {
		if (text === 'measured') return null;
		const n = Number(text);
		if (text === '' || !Number.isInteger(n) || n < RADIUS_RANGE.min || n > RADIUS_RANGE.max)
			throw new Error(
				`must be a whole number of pixels from ${RADIUS_RANGE.min} to ${RADIUS_RANGE.max}, or "measured"`
			);
		return n;
	},
	format: (v) => (v === null ? 'measured' : String(v)),
	doc:
		`radius of curvature in whole pixels from ${RADIUS_RANGE.min} to ${RADIUS_RANGE.max}, or ` +
		`measured: the radius the family was measured at`
};

const onOff: Param<boolean> = {
	default: false,
	parse(text) {
		if (['on', 'true', '1', 'yes'].includes(text.toLowerCase())) return true;
		if (['off', 'false', '0', 'no'].includes(text.toLowerCase())) return false;
		throw new Error('must be "on" or "off"');
	},
	format: (v) => (v ? 'on' : 'off'),
	doc: 'on or off: the hand-set family answers the same curve beside the trained one'
};

export const spec: WidgetSpec<CurveFamilyState> = {
	slug: 'curve-family',
	title: 'The trained network’s curve detectors',
	caption:
		'What to look at: the unit that lights up, whose lobe on the polar plot points near the ' +
		'dashed line, the curve’s angle. The trained network’s curve detectors: turning the ' +
		'curve moves the response to any unit preferring the new angle. Pick a unit for its weights ' +
		'and scenes; remove negative weights to test for echoes.',
	urlPrefix: 'family.',
	params: {
		angle: angleParam(shown['curve-family'].angle, 'degrees the curve opens towards, any number (taken modulo 360)'),
		radius: radiusParam,
		unit: unitParam(
			'the unit (of the curve layer) whose weights and examples are shown, or leader: the one responding most'
		),
		edit: choiceParam<EditName>(
			'none',
			EDITS,
			'none, all-negative (every negative weight from the early curves) or opposite-negative ' +
				'(only those from early curves opening the opposite way)'
		),
		paper: choiceParam<Paper>(
			'plain',
			PAPERS,
			'plain (dark ink on paper), negative (light ink on dark) or textured (dark ink on a coloured texture)'
		),
		mode: choiceParam('curve', MODES, 'curve (a curve to rotate) or draw (strokes of your own)'),
		handset: onOff
	},
	parts: ['caption', 'stimulus', 'controls', 'tuning', 'bars', 'edit', 'weights', 'examples', 'description'],
	example: 'angle=135&edit=opposite-negative',
	usesTrainedModel: true
};
