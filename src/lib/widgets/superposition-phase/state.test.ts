import { describe, expect, it } from 'vitest';
import { phaseCaption } from './state';

describe('the phase diagram’s caption', () => {
	const density = [1, 0.5, 0.2, 0.1, 0.05];
	const row = (phases: string) =>
		[...phases].map((p) => ({ i: 'ignore', d: 'dedicate', s: 'superpose' })[p] as 'ignore' | 'dedicate' | 'superpose');
	it('says where superposition takes over, in at most 60 words, and does not claim what the grid does not show', () => {
		// one blue cell among the sparse rows: "nine cells in ten", not "every cell"
		const rows = [row('iiiiiddddd'), row('iiiissdddd'), row('ssssssssss'), row('ssssisssss'), row('ssssssssss')];
		const caption = phaseCaption(rows, density);
		expect(caption).toMatch(/^What to look at: /);
		expect(caption.split(/\s+/).length).toBeLessThanOrEqual(60);
		expect(caption).toContain('below a feature density of about 0.2');
		expect(caption).toContain('nine cells in ten');
		expect(caption).toContain('blue, 10 cells');
	});
});
