// What the network trained for this page shows against each of the paper's findings, as one sentence in
// the editor's voice beside the article's figure: a measured fact decides which sentence is said, so a
// retrained network changes the words, not only the numbers.
import { formatNumber } from '../config';
import type { RatioSummary } from '../measure/measures';
import type { AtlasSummary } from './summary';
import { PARTNER_CORRELATION, type OneToOne } from './universality';

/**
 * The paper's curve family tiles the circle:
 * at least this many clean units, no gap between preferred angles wider than this.
 */
export const TILING = { units: 8, gap: 60 } as const;
/** The paper's universality: at least this share of the first network's curve units have a partner in the second. */
export const SHARED = 0.7;
/** Cutting the inhibition blunts a head unit when it loses at least this share of its preference (on a log scale). */
export const BLUNTED = 0.5;
/** A preference stronger than this many times (or one side silent) counts as this strong. */
const STRONGEST = 1000;

export type Agreement = 'as-in-the-paper' | 'unlike-the-paper';

export interface Verdict {
	/** which of the paper's findings this network reproduces here */
	agreement: Agreement;
	/** the measured case that chose the sentence */
	case: string;
	sentence: string;
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/** The curve family's clean units tile the circle, or leave a stretch of orientations no unit prefers. */
export function curveFamilyVerdict(atlas: AtlasSummary): Verdict {
	const c = atlas.curves;
	const gap = c.evaluation.gap;
	const r = c.replicated;
	const over =
		`(over ${r.trainings} trainings ${spreadText(r.kept)} units, gap ${spreadText(r.evaluationGap, '°')}; ` +
		`${r.untrainedKept} in untrained networks)`;
	if (c.units.length >= TILING.units && gap <= TILING.gap)
		return {
			agreement: 'as-in-the-paper',
			case: 'tiles',
			sentence:
				`As in InceptionV1, this network’s ${c.units.length} cleanly tuned curve units tile the circle: ` +
				`no two neighbouring preferred angles are more than ${gap}° apart ${over}.`
		};
	return {
		agreement: 'unlike-the-paper',
		case: 'gap',
		sentence:
			'Unlike InceptionV1’s, this network’s curve family does not tile the circle: ' +
			`its ${c.units.length} cleanly tuned units leave a gap of ${gap}° ${over}.`
	};
}

/** A measure over trainings as its median with the range: "7 [4–9]", or the value alone where all agree. */
export function spreadText(s: { median: number; min: number; max: number }, unit = ''): string {
	return s.min === s.max ? `${s.median}${unit}` : `${s.median}${unit} [${s.min}–${s.max}${unit}]`;
}

/**
 * Removing the opposite early curves' negative weights:
 * an echo, as the paper predicts, or the measured reason there is none.
 */
export function echoVerdict(atlas: AtlasSummary): Verdict {
	const { finding, earlyEcho, referenceEarlyEcho } = atlas.echo;
	const said: Record<string, string> = {
		echo:
			'As the paper predicts, removing the negative weights from early curves opening the other way ' +
			'makes these units answer the curve turned 180°: an echo.',
		'no-early-echo':
			'Removing negative weights makes no echo here: ' +
			`this network’s early curves answer a curve turned 180° at ${formatNumber(earlyEcho)} of their peak ` +
			`(hand-set ones at ${formatNumber(referenceEarlyEcho)}), so there is no echo for inhibition to cancel.`,
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
	return {
		agreement: finding.case === 'echo' ? 'as-in-the-paper' : 'unlike-the-paper',
		case: finding.case,
		sentence: said[finding.case]
	};
}

/**
 * The high-low family answers a blurred-against-sharp boundary
 * more than a plain edge of the texture's contrast, or not.
 */
export function highLowVerdict(atlas: AtlasSummary): Verdict {
	const h = atlas.highLow;
	if (h.units < 4)
		return {
			agreement: 'unlike-the-paper',
			case: 'none',
			sentence:
				'Unlike InceptionV1, this network has no family of high-low frequency detectors: ' +
				`${h.units} units of ${h.layer} pass the test.`
		};
	const boundary = h.edgeWins * 2 < h.units;
	return boundary
		? {
				agreement: 'as-in-the-paper',
				case: 'boundary',
				sentence:
					'Like InceptionV1, this network has high-low frequency detectors: ' +
					`${h.units} units of ${h.layer}, ${h.units - h.edgeWins} of which ` +
					'answer the blurred boundary more than a plain edge of the same contrast.'
			}
		: {
				agreement: 'unlike-the-paper',
				case: 'edges',
				sentence:
					`This network’s ${h.units} high-low units in ${h.layer} ` +
					'answer a plain edge of the same contrast as much as the blurred boundary ' +
					`(${h.edgeWins} prefer the edge): they may be edge detectors.`
			};
}

/** How strongly a ratio summary prefers one side, on a log scale (a silent side counts as the strongest). */
function strength(r: RatioSummary): number {
	const m = r.median === null ? STRONGEST : r.median === 0 ? 1 / STRONGEST : r.median;
	return Math.min(Math.abs(Math.log(m)), Math.log(STRONGEST));
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
	const lost = (before: RatioSummary, after: RatioSummary) => 1 - strength(after) / Math.max(strength(before), 1e-9);
	const sides = [
		{ unit: h.left.name, side: 'left', before: h.left.leftRight, after: h.afterCut.left.leftRight },
		{ unit: h.right.name, side: 'right', before: h.right.leftRight, after: h.afterCut.right.leftRight }
	].map((s) => ({ ...s, blunted: lost(s.before, s.after) >= BLUNTED }));
	const blunted = sides.filter((s) => s.blunted).length;
	const [soft, firm] = [sides.find((s) => s.blunted)!, sides.find((s) => !s.blunted)!];
	if (blunted === 2)
		return {
			agreement: 'as-in-the-paper',
			case: 'blunted',
			sentence:
				`As in InceptionV1, cutting the ${h.inhibitoryEdges} inhibitory edges here ` +
				'blunts both head units’ preference for their side: the inhibition is part of what makes them oriented.'
		};
	return {
		agreement: 'unlike-the-paper',
		case: blunted === 1 ? 'one-blunted' : 'kept',
		sentence:
			blunted === 1
				? `As the paper’s account predicts, cutting the ${h.inhibitoryEdges} inhibitory edges blunts ${soft.unit}: ` +
					`its preference for ${soft.side}-facing heads falls ` +
					`from ${preference(soft.before)} to ${preference(soft.after)}, ` +
					`while ${firm.unit} still answers ${firm.side}-facing heads only.`
				: `Unlike the paper’s reading, cutting the ${h.inhibitoryEdges} inhibitory edges here ` +
					'leaves both head units preferring their own side: ' +
					'in this network, excitation alone carves the two cases apart.'
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
		`(tuning correlation ≥ ${formatNumber(PARTNER_CORRELATION, 1)}); one to one, ${o.partners}, ` +
		`${aboveChance ? 'above' : 'no more than'} the ${formatNumber(o.null.mean)} that tunings turned at random give`;
	return share >= SHARED && aboveChance
		? { agreement: 'as-in-the-paper', case: 'shared', sentence: `${counted}: the same detectors formed twice.` }
		: { agreement: 'unlike-the-paper', case: 'partly', sentence: `Only ${counted}.` };
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
