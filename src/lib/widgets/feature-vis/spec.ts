// Feature visualization, live: the paper's first argument, run on any unit of the network trained for this page.
import { DIVERSITY, VIS_DEFAULTS } from '../../model/featurevis';
import { MIXED_LAYERS } from '../../model/layers';
import { parseUnitName, unitName } from '../../unit';
import { choiceParam, integerParam, numberParam, type Param, type WidgetSpec } from '../kit/spec';

export interface FeatureVisState {
	/** the unit, as the paper writes units (mixed3b:123), or "curve": the curve family's strongest unit */
	unit: string;
	/** one unit at the centre of its map, or its whole channel */
	objective: 'neuron' | 'channel';
	/** excite the unit, or find what turns it off */
	sign: 'positive' | 'negative';
	seed: number;
	steps: number;
	/** what the picture is made of: smooth waves of colour, or one stroke of ink (one picture at a time) */
	draw: 'waves' | 'stroke';
	/** how many pictures grow at once, and how hard they are pushed apart (the diversity term's weight) */
	pictures: number;
	diversity: number;
}

/** The unit param's default: the curve family's strongest unit, whichever the analysis found. */
export const FAMILY_UNIT = 'curve';

const blocks = MIXED_LAYERS.map((l) => `${l.name} (units 0 to ${l.units - 1})`).join(', ');

const unitParam: Param<string> = {
	default: FAMILY_UNIT,
	parse(text) {
		const name = text.trim();
		if (name === FAMILY_UNIT) return name;
		const ref = parseUnitName(name);
		const layer = ref && MIXED_LAYERS.find((l) => l.name === ref.layer);
		if (!ref || !layer || ref.unit >= layer.units)
			throw new Error(
				`must name a unit of the network as the paper writes them, like ` +
					`${MIXED_LAYERS[1]?.name ?? 'mixed3b'}:12, or be "curve"; its blocks are ${blocks}`
			);
		return unitName(ref);
	},
	format: (v) => v,
	doc:
		`the unit, as layer:unit (like ${MIXED_LAYERS[1]?.name ?? 'mixed3b'}:12) of ${blocks}; or curve: ` +
		`the curve family’s strongest unit`
};

export const spec: WidgetSpec<FeatureVisState> = {
	slug: 'feature-vis',
	title: 'Feature visualization, live',
	caption:
		'What to look at: what grows in the picture as the unit’s activation climbs. Step by step ' +
		'the picture is changed to raise it, shaken a little each time, so what grows is what the ' +
		'unit answers: waves of colour from grey, or one stroke of ink bent from straight. Run it, ' +
		'pause it, or turn the unit off.',
	urlPrefix: 'vis.',
	params: {
		unit: unitParam,
		objective: choiceParam(
			'neuron',
			['neuron', 'channel'] as const,
			'neuron (the unit at the centre of its map) or channel (its mean over the whole map)'
		),
		sign: choiceParam(
			'positive',
			['positive', 'negative'] as const,
			'positive (what excites it) or negative (what turns it off)'
		),
		seed: integerParam(VIS_DEFAULTS.seed, 0, 9999, 'the random start, a whole number from 0 to 9999'),
		steps: integerParam(VIS_DEFAULTS.steps, 16, 2048, 'how many steps to take, 16 to 2048'),
		draw: choiceParam(
			'waves',
			['waves', 'stroke'] as const,
			'waves (smooth waves of colour) or stroke (one stroke of ink, bent and moved; one picture at a time, and slower)'
		),
		pictures: integerParam(
			1,
			1,
			DIVERSITY.most,
			`how many pictures grow at once, 1 to ${DIVERSITY.most}; several are pushed apart, so ` +
				`that a unit that answers several things can show them`
		),
		diversity: numberParam(
			DIVERSITY.weight,
			0,
			DIVERSITY.max,
			0.5,
			`how hard several pictures are pushed apart, 0 to ${DIVERSITY.max} (the weight of the ` +
				`similarity of their Gram matrices in the layer below)`
		)
	},
	parts: ['caption', 'unit', 'controls', 'several', 'chart', 'description'],
	example: 'unit=curve&sign=negative',
	usesTrainedModel: true,
	home: 'network/'
};
