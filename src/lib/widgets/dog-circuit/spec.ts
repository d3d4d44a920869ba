// The oriented dog-head circuit on the trained network: the paper's promised weight edit, done live.
import { choiceParam, switchParam, type Param, type WidgetSpec } from '../kit/spec';

export type Facing = 'left' | 'right';

export interface DogCircuitState {
	/** which held-out head: analysisSeed(head) */
	head: number;
	facing: Facing;
	/** the same head with a snout at each end: facing both ways at once */
	chimera: boolean;
	/** whether the inhibitory edges between the two pathways are in place */
	inhibition: boolean;
	/** single edges cut by hand, as "source-target" unit pairs */
	cut: string[];
}

/** Heads the widget can show: the analysis's held-out heads (its atlas measured this many). */
export const HEADS = 150;

const headParam: Param<number> = {
	default: 0,
	parse(text) {
		const n = Number(text);
		if (text === '' || !Number.isInteger(n) || n < 0 || n >= HEADS)
			throw new Error(`must be a whole number from 0 to ${HEADS - 1}: one of the held-out heads`);
		return n;
	},
	format: String,
	doc: `which of the ${HEADS} held-out heads the analysis measured, 0 to ${HEADS - 1}`
};

const cutParam: Param<string[]> = {
	default: [],
	parse(text) {
		const edges = text
			.split(',')
			.map((e) => e.trim())
			.filter(Boolean);
		const bad = edges.find((e) => !/^\d+-\d+$/.test(e));
		if (bad !== undefined)
			throw new Error(`must list edges as source-target unit numbers, like 12-109,40-216 ("${bad}" is not one)`);
		return [...new Set(edges)].sort();
	},
	format: (v) => v.join(','),
	doc: 'edges cut by hand, as comma-separated source-target unit numbers (the edges of the circuit drawn)'
};

export const spec: WidgetSpec<DogCircuitState> = {
	slug: 'dog-circuit',
	title: 'The dog-head circuit, live',
	caption:
		'What to look at: the activation crossing from one pathway to the other when you turn the ' +
		'head. The dog-head circuit of the network trained for this page, on a head it never saw in ' +
		'training: red edges excite, blue inhibit, thicker is stronger. Cut the inhibition, or ' +
		'single edges, and measure over every held-out head what changes.',
	urlPrefix: 'dog.',
	params: {
		head: headParam,
		facing: choiceParam<Facing>('right', ['left', 'right'], 'left or right: which way the head faces'),
		chimera: switchParam(false, 'on or off: the same head with a snout at each end'),
		inhibition: switchParam(true, 'on or off: the inhibitory edges from each pathway into the other’s unit'),
		cut: cutParam
	},
	parts: ['caption', 'input', 'graph', 'controls', 'measure', 'description'],
	example: 'facing=left&inhibition=off',
	usesTrainedModel: true
};
