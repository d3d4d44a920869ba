// What the network trained for this page shows against each of the paper's findings, as one sentence in
// the editor's voice beside the article's figure: a measured fact decides which sentence is said, so a
// retrained network changes the words, not only the numbers.
import { formatNumber } from '../config';
import type { RatioSummary } from '../measure/measures';
import type { AtlasSummary } from './summary';
import { PARTNER_CORRELATION, type OneToOne } from './universality';
import { headSides } from './head-sides';
export { BLUNTED } from './head-sides';

/**
 * The paper's curve family tiles the circle:
 * at least this many clean units, no gap between preferred angles wider than this.
 */
export const TILING = { units: 8, gap: 60 } as const;
/** The paper's universality: at least this share of the first network's curve units have a partner in the second. */
export const SHARED = 0.7;
/** The fewest units (with the label, where the label's strength counts) that make a high-low family. */
const HIGH_LOW_FAMILY = 4;

export type Agreement = 'as-in-the-paper' | 'unlike-the-paper';

export interface Verdict {
	/** which of the paper's findings this network reproduces here */
	agreement: Agreement;
	/** the measured case that chose the sentence */
	case: string;
	sentence: string;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The curve family's clean units tile the circle in the network the figures run and over the trainings (the
 * medians), in the figures' network alone, or leave a stretch of orientations no unit prefers.
 */
export function curveFamilyVerdict(atlas: AtlasSummary): Verdict {
	const c = atlas.curves;
	const gap = c.evaluation.gap;
	const r = c.replicated;
	const over =
		`(median of ${r.trainings} trainings ${spreadText(r.kept)} units, gap ${spreadText(r.evaluationGap, '°')}; ` +
		`untrained keep ${r.untrainedKept})`;
	const tiles = c.units.length >= TILING.units && gap <= TILING.gap;
	if (tiles && r.kept.median >= TILING.units && r.evaluationGap.median <= TILING.gap)
		return {
			agreement: 'as-in-the-paper',
			case: 'tiles',
			sentence:
				`As in InceptionV1, this network’s ${c.units.length} cleanly tuned curve units of ${c.layer} tile the circle: ` +
				`no two neighbouring preferred angles are more than ${gap}° apart ${over}.`
		};
	if (tiles)
		return {
			agreement: 'unlike-the-paper',
			case: 'tiles-once',
			sentence:
				`This network’s ${c.units.length} cleanly tuned curve units of ${c.layer} tile the circle, no gap over ` +
				`${gap}°, but not in every training of its recipe ${over}.`
		};
	return {
		agreement: 'unlike-the-paper',
		case: 'gap',
		sentence:
			`Unlike InceptionV1’s, this network’s ${c.layer} curve family does not tile the circle: ` +
			`its ${c.units.length} cleanly tuned units leave a gap of ${gap}° on the evaluation ${over}.`
	};
}

/**
 * Headline numbers as the sentences give them: over the trainings (median and range), and what untrained networks
 * of the same shape give, each formatted by `format`: "median of 3 trainings 7 [5–9]; untrained 0"; with two
 * keys, "median of 3 trainings 7 [5–9] and 3; untrained 0 and 1" (the range in brackets).
 */
export function overTrainings(
	atlas: Pick<AtlasSummary, 'headlines' | 'trainings'>,
	keys: (keyof AtlasSummary['headlines'])[],
	format: (x: number) => string = String
): string {
	const of = (side: 'trained' | 'untrained') => {
		const values = keys.map((k) => spreadText(atlas.headlines[k][side], '', format));
		return values.length === 2 ? values.join(' and ') : values.join(', ');
	};
	return `median of ${atlas.trainings} trainings ${of('trained')}; untrained ${of('untrained')}`;
}

/** A measure over trainings as its median with the range: "7 [4–9]", or the value alone where all agree. */
export function spreadText(
	s: { median: number; min: number; max: number },
	unit = '',
	format: (x: number) => string = String
): string {
	const [median, min, max] = [s.median, s.min, s.max].map(format);
	return s.min === s.max ? `${median}${unit}` : `${median}${unit} [${min}–${max}${unit}]`;
}

/**
 * Removing the opposite early curves' negative weights:
 * an echo, as the paper predicts, or the measured reason there is none.
 */
export function echoVerdict(atlas: AtlasSummary): Verdict {
	const { finding, earlyEcho, referenceEarlyEcho } = atlas.echo;
	const over = overTrainings(atlas, ['earlyEcho'], (x) => formatNumber(x));
	const said: Record<string, string> = {
		echo:
			'As the paper predicts, removing the negative weights from early curves opening the other way ' +
			'makes these units answer the curve turned 180°: an echo.',
		'no-early-echo':
			'Removing negative weights makes no echo here: ' +
			`this network’s early curves answer a curve turned 180° at ${formatNumber(earlyEcho)} of their peak ` +
			`(${over}; hand-set ${formatNumber(referenceEarlyEcho)}), so none for inhibition to cancel.`,
		'held-by-bias':
			'Removing negative weights makes no echo here: the early curves do echo, ' +
			'but the curve units’ bias, not the inhibition, keeps the turned curve out.',
		'held-by-other-inhibition':
			'Removing negative weights makes no echo here: the early curves do echo, ' +
			'but other negative weights, not the opposite early curves’, keep the turned curve out.',
		flattens:
			'Removing negative weights makes no echo here: ' +
			'it raises the response a quarter-turn away as much as at 180°, so the tuning flattens instead.',
		'weak-echo':
			'Removing negative weights makes only a weak echo here: ' +
			'the response at 180° rises barely more than a quarter-turn away.'
	};
	const sentence =
		finding.case === 'no-early-echo'
			? said[finding.case]
			: `${said[finding.case].replace(/\.$/, '')} (the early curves’ echo ${over}).`;
	return {
		agreement: finding.case === 'echo' ? 'as-in-the-paper' : 'unlike-the-paper',
		case: finding.case,
		sentence
	};
}

/**
 * The high-low family answers a blurred-against-sharp boundary
 * more than a plain edge of the texture's contrast, or not.
 */
export function highLowVerdict(atlas: AtlasSummary): Verdict {
	const h = atlas.highLow;
	const over = `(${overTrainings(atlas, ['highLowUnits', 'highLowBoundary'])})`;
	if (h.units < HIGH_LOW_FAMILY)
		return {
			agreement: 'unlike-the-paper',
			case: 'none',
			sentence:
				'Unlike InceptionV1, this network has no family of high-low frequency detectors: ' +
				`${h.units} units of ${h.layer} pass the test ${over}.`
		};
	// a family is more than chance gives only where the trainings keep more boundary units than untrained networks
	const { trained, untrained } = atlas.headlines.highLowBoundary;
	if (trained.median <= untrained.max)
		return {
			agreement: 'unlike-the-paper',
			case: 'chance',
			sentence:
				`This network’s ${h.units} high-low units in ${h.layer} are no more than chance gives: untrained ` +
				`networks of the same shape have as many that answer the blurred boundary above a plain edge ${over}.`
		};
	if (h.edgeWins * 2 >= h.units)
		return {
			agreement: 'unlike-the-paper',
			case: 'edges',
			sentence:
				`This network’s ${h.units} high-low units in ${h.layer} ` +
				'answer a plain edge of the same contrast as much as the blurred boundary ' +
				`(${h.edgeWins} prefer the edge): they may be edge detectors ${over}.`
		};
	// the label needs the boundary to be a fair share of the unit's best scene (labels.ts): most units may miss it
	if (h.labels.labelled < HIGH_LOW_FAMILY)
		return {
			agreement: 'unlike-the-paper',
			case: 'weak',
			sentence:
				`Of this network’s ${h.units} high-low units, ${h.units - h.edgeWins} prefer the blurred boundary to ` +
				`plain edges, but only ${h.labels.labelled} at ${h.labels.labelShare === 0.25 ? 'a quarter' : formatNumber(h.labels.labelShare)} ` +
				`of its best scene (${overTrainings(atlas, ['highLowUnits', 'highLowBoundary', 'highLowLabelled'])}).`
		};
	return {
		agreement: 'as-in-the-paper',
		case: 'boundary',
		sentence:
			'Like InceptionV1, this network has high-low frequency detectors: ' +
			`${h.units} units of ${h.layer}, ${h.units - h.edgeWins} answering ` +
			`the blurred boundary above a plain edge of the same contrast ${over}.`
	};
}

/** A preference as a reader compares it: the stronger side's times, or ∞ where the other side is silent. */
const preference = (r: RatioSummary) =>
	r.median === null || r.median === 0
		? 'infinite (the other side silent)'
		: `${formatNumber(Math.max(r.median, 1 / r.median))}×`;

/**
 * Cutting the inhibition between the pathways: the head units lose their preference, as the paper found, or keep it.
 */
export function dogCircuitVerdict(atlas: AtlasSummary): Verdict {
	const h = atlas.heads;
	const sides = headSides(h);
	const blunted = sides.filter((s) => s.blunted).length;
	const [soft, firm] = [sides.find((s) => s.blunted)!, sides.find((s) => !s.blunted)!];
	const over = `(units blunted, ${overTrainings(atlas, ['headsBlunted'])})`;
	if (blunted === 2)
		return {
			agreement: 'as-in-the-paper',
			case: 'blunted',
			sentence:
				`As in InceptionV1, cutting the ${h.inhibitoryEdges} inhibitory edges here ` +
				`blunts both head units’ preference for their side: the inhibition is part of what makes them oriented ${over}.`
		};
	return {
		agreement: 'unlike-the-paper',
		case: blunted === 1 ? 'one-blunted' : 'kept',
		sentence:
			blunted === 1
				? `Cutting the ${h.inhibitoryEdges} inhibitory edges blunts ${soft.unit}: ` +
					`its preference for ${soft.side}-facing heads falls ` +
					`from ${preference(soft.before)} to ${preference(soft.after)}, ` +
					`while ${firm.unit} keeps its preference for ${firm.side}-facing heads ${over}.`
				: `Unlike the paper’s reading, cutting the ${h.inhibitoryEdges} inhibitory edges here ` +
					'leaves both head units preferring their own side: ' +
					`in this network, excitation alone carves the two cases apart ${over}.`
	};
}

/** Claim 3: the same curve units grow in a second network trained apart, more than chance would pair them. */
export function universalityVerdict(atlas: AtlasSummary): Verdict {
	const u = atlas.universality.curves;
	const o = atlas.universality.oneToOne;
	const share = u.total ? u.withPartner / u.total : 0;
	const aboveChance = o.partners > o.null.p95;
	const counted =
		`${u.withPartner} of network a’s ${u.total} clean curve units have a partner in network b ` +
		`(correlation ≥ ${formatNumber(PARTNER_CORRELATION, 1)}); one to one, ${o.partners}, ` +
		`${aboveChance ? 'above' : 'within'} chance`;
	const over = `(95th percentile ${o.null.p95} for tunings turned at random; ${overTrainings(atlas, ['oneToOne'])})`;
	return share >= SHARED && aboveChance
		? {
				agreement: 'as-in-the-paper',
				case: 'shared',
				sentence: `${counted}: the same detectors formed twice ${over}.`
			}
		: { agreement: 'unlike-the-paper', case: 'partly', sentence: `Only ${counted} ${over}.` };
}

/** The one-to-one partners beside what the second network's tunings turned at random give. */
export function againstChance(o: OneToOne): string {
	const counted =
		`Paired one to one, ${o.partners} ${o.partners === 1 ? 'pair correlates' : 'pairs correlate'} that well, ` +
		`where the second network’s tunings turned at random give ${formatNumber(o.null.mean)} on average ` +
		`(95th percentile ${o.null.p95})`;
	return o.partners > o.null.p95 ? `${counted}: more than chance gives.` : `${counted}: no more than chance gives.`;
}

export const VERDICTS = {
	'curve-family': curveFamilyVerdict,
	echo: echoVerdict,
	'high-low': highLowVerdict,
	'dog-circuit': dogCircuitVerdict,
	universality: universalityVerdict
} as const;
export type VerdictName = keyof typeof VERDICTS;
