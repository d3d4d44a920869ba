import { describe, expect, it } from 'vitest';
import { describeVis, type VisShown } from './state';

const shown: VisShown = {
	unit: 'mixed3b:12',
	sign: 'positive',
	strokes: false,
	count: 1,
	started: false,
	step: 0,
	steps: 256,
	objective: null,
	best: null
};

describe('what the feature-visualization widget says', () => {
	it.each([
		{ name: 'a run not started says so', change: {}, expected: 'mixed3b:12, what excites it: not run yet.' },
		{
			name: 'a run under way says its step and objective',
			change: { started: true, step: 3, objective: 1.5 },
			expected: 'mixed3b:12, what excites it: step 3 of 256, objective 1.50.'
		},
		{
			name: 'several pictures are pushed apart',
			change: { count: 3, sign: 'negative' as const },
			expected: 'mixed3b:12, what turns it off (3 pictures, pushed apart): not run yet.'
		},
		{
			name: 'a stroke says so, and the best scene is the bar to clear',
			change: { strokes: true, count: 3, best: 2 },
			expected:
				'mixed3b:12, what excites it, drawn as one stroke of ink: not run yet; its best held-out scene reaches 2.00.'
		}
	])('$name', ({ change, expected }) => {
		expect(describeVis({ ...shown, ...change })).toBe(expected);
	});
});
