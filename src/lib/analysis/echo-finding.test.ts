import { describe, expect, it } from 'vitest';
import { echoCase, echoFinding, type EchoEvidence } from './echo-finding';
import { ECHO_CASES } from '../atlas/measurements';

/** A network like the hand-set one: early curves that echo, inhibition that cancels it, an echo once it is gone. */
const paperLike: EchoEvidence = {
	edit: { rise180: 0.4, rise90: 0.02, margin: 0.38 },
	earlyEcho: { median: 0.3 },
	at180: { bias: -0.04, sameExcitation: 0.6, sameInhibition: 0, otherEarly: 0, rest: 0 },
	riseBeforeRelu: { at180: 1.8, at90: 0.1 },
	afterRemoval: { at180: 0.6, liftedAt180: 1, liftedAt90: 0.1 },
	reference: { earlyEcho: 0.29 }
};

const cases: { name: string; evidence: EchoEvidence; expected: (typeof ECHO_CASES)[number]; says: RegExp }[] = [
	{
		name: 'the edit makes an echo',
		evidence: paperLike,
		expected: 'echo',
		says: /makes an echo.*0\.40 of the peak.*0\.02/
	},
	{
		name: 'the early curves have no echo to cancel',
		evidence: {
			...paperLike,
			edit: { rise180: 0, rise90: 0, margin: 0 },
			earlyEcho: { median: 0.02 },
			afterRemoval: { at180: -0.25, liftedAt180: 0.37, liftedAt90: 0.16 }
		},
		expected: 'no-early-echo',
		says: /none to cancel.*0\.02 of their peak.*hand-set early curves at 0\.29.*median -0\.25.*37%/
	},
	{
		name: 'the early curves echo, but the bias holds the curve units below zero without the inhibition',
		evidence: {
			...paperLike,
			edit: { rise180: 0, rise90: 0, margin: 0 },
			at180: { bias: -0.9, sameExcitation: 0.3, sameInhibition: -0.1, otherEarly: 0.05, rest: -0.1 },
			afterRemoval: { at180: -0.3, liftedAt180: 0.2, liftedAt90: 0 }
		},
		expected: 'held-by-bias',
		says: /too weak against their bias.*bias of -0\.90/
	},
	{
		name: 'the early curves echo, but other negative weights hold the curve units below zero',
		evidence: {
			...paperLike,
			edit: { rise180: 0, rise90: 0, margin: 0 },
			at180: { bias: 0.01, sameExcitation: 0.3, sameInhibition: -0.4, otherEarly: -0.3, rest: 0.1 },
			afterRemoval: { at180: -0.2, liftedAt180: 0.3, liftedAt90: 0 }
		},
		expected: 'held-by-other-inhibition',
		says: /not what cancels it.*other negative weights \(-0\.70 of the peak\).*bias \(0\.01\)/
	},
	{
		name: 'removing the inhibition lifts a quarter-turn away as well: the tuning flattens',
		evidence: {
			...paperLike,
			edit: { rise180: 0.5, rise90: 0.45, margin: 0.05 },
			afterRemoval: { at180: 0.3, liftedAt180: 0.8, liftedAt90: 0.7 }
		},
		expected: 'flattens',
		says: /quarter-turn away as well.*0\.45 against 0\.50.*flattens/
	},
	{
		name: 'an echo appears, smaller than the target asks',
		evidence: {
			...paperLike,
			edit: { rise180: 0.15, rise90: 0.02, margin: 0.12 },
			afterRemoval: { at180: 0.1, liftedAt180: 0.6, liftedAt90: 0.1 }
		},
		expected: 'weak-echo',
		says: /weak echo.*0\.15 of the peak.*0\.02.*0\.20/
	}
];

describe('the sentence the echo measurement chooses', () => {
	it.each(cases)('$name: $expected', ({ evidence, expected, says }) => {
		expect(echoCase(evidence)).toBe(expected);
		const finding = echoFinding(evidence);
		expect(finding.case).toBe(expected);
		expect(finding.sentence).toMatch(says);
	});

	it('has a test for every case it can choose', () => {
		expect(cases.map((c) => c.expected).sort()).toEqual([...ECHO_CASES].sort());
	});

	it('reads an echo from the edit first: early curves without an echo cannot hide one the edit made', () => {
		expect(echoCase({ ...paperLike, earlyEcho: { median: 0 } })).toBe('echo');
	});
});
