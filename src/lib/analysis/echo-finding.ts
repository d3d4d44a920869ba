// Chooses, from the echo measurement, the plain-English sentence that says why removing the opposite
// early curves' negative weights does or does not make an echo in a network.
import { formatNumber } from '../config';
import type { EchoCase, EchoFinding } from '../atlas/measurements';

/** The echo target: removing the opposite inhibition raises 180° by this share of the peak more than ±90°. */
export const ECHO_MARGIN = 0.2;
/** Early curves that answer the curve turned 180° below this share of their peak have no echo to speak of. */
export const EARLY_ECHO = 0.1;
/** The edit lifts the curve units above zero at 180° when it does so in at least this share of the measured pairs. */
export const LIFTED = 0.5;

/** What the choice reads: the edit's effect after the ReLU, the measurement before it, and the hand-set reference. */
export interface EchoEvidence {
	/** the opposite-negative edit, medians after the ReLU */
	edit: { rise180: number; rise90: number; margin: number };
	earlyEcho: { median: number };
	at180: { bias: number; sameExcitation: number; sameInhibition: number; otherEarly: number; rest: number };
	riseBeforeRelu: { at180: number; at90: number };
	afterRemoval: { at180: number; liftedAt180: number; liftedAt90: number };
	reference: { earlyEcho: number };
}

const n = (x: number) => formatNumber(x);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The inhibition at 180° besides the opposite early curves':
 * the units' own-orientation negative weights and any negative net input from the rest.
 */
const otherInhibition = (a: EchoEvidence['at180']) =>
	a.sameInhibition + Math.min(0, a.otherEarly) + Math.min(0, a.rest);

export function echoCase(e: EchoEvidence): EchoCase {
	if (e.edit.margin >= ECHO_MARGIN) return 'echo';
	if (e.earlyEcho.median < EARLY_ECHO) return 'no-early-echo';
	if (e.afterRemoval.liftedAt180 < LIFTED)
		return -e.at180.bias >= -otherInhibition(e.at180) ? 'held-by-bias' : 'held-by-other-inhibition';
	return e.afterRemoval.liftedAt90 >= LIFTED || e.edit.rise90 >= e.edit.rise180 ? 'flattens' : 'weak-echo';
}

/** The sentence for each case, with the measured numbers (all shares of the unit's or the early curve's peak). */
export function echoFinding(e: EchoEvidence): EchoFinding {
	const which = echoCase(e);
	const answer =
		`answer a curve turned 180° at ${n(e.earlyEcho.median)} of their peak ` +
		`(the hand-set early curves at ${n(e.reference.earlyEcho)})`;
	const early = `the early curves ${answer}`;
	const before =
		"before the ReLU, removing the opposite early curves' negative weights raises the curve units' input at 180° " +
		`by ${n(e.riseBeforeRelu.at180)} of their peak and at ±90° by ${n(e.riseBeforeRelu.at90)}`;
	const below =
		`their input at 180° stays below zero (median ${n(e.afterRemoval.at180)}; ` +
		`above zero in ${pct(e.afterRemoval.liftedAt180)} of cases)`;
	const sentences: Record<EchoCase, string> = {
		echo:
			"Removing the opposite early curves' negative weights makes an echo: " +
			`the response at 180° rises by ${n(e.edit.rise180)} of the peak ` +
			`and a quarter-turn away by ${n(e.edit.rise90)}, as in the paper.`,
		'no-early-echo':
			`No echo, because the early curves have none to cancel: they ${answer}. ` +
			`Even so, ${before}, and ${below}, so nothing passes the ReLU.`,
		'held-by-bias':
			`The early curves echo (${early}), but the curve units' inhibition from the opposite ones ` +
			`is too weak against their bias to be what cancels it: ` +
			`${before}, and ${below}, held there by a bias of ${n(e.at180.bias)}.`,
		'held-by-other-inhibition':
			`The early curves echo (${early}), but the opposite early curves are not what cancels it: ` +
			`${before}, and ${below}, held there by other negative weights ` +
			`(${n(otherInhibition(e.at180))} of the peak) rather than the bias (${n(e.at180.bias)}).`,
		flattens:
			"Removing the opposite early curves' negative weights lifts the response a quarter-turn away " +
			`as well as at 180° (after the ReLU, ${n(e.edit.rise90)} against ${n(e.edit.rise180)}): ` +
			'the inhibition shapes the whole tuning, not an echo, and the tuning flattens.',
		'weak-echo':
			"Removing the opposite early curves' negative weights makes a weak echo: " +
			`the response at 180° rises by ${n(e.edit.rise180)} of the peak ` +
			`and a quarter-turn away by ${n(e.edit.rise90)}, less apart than the ${n(ECHO_MARGIN)} the target asks.`
	};
	return { case: which, sentence: sentences[which] };
}
