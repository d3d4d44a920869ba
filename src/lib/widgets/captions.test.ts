import { describe, expect, it } from 'vitest';
import type { WidgetSpec } from './kit/spec';

const specs = Object.values(import.meta.glob<{ spec?: WidgetSpec<object> }>('./*/spec.ts', { eager: true }))
	.map((m) => m.spec)
	.filter((s) => s !== undefined);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('every widget’s caption', () => {
	it('is found for every widget folder', () => expect(specs.length).toBeGreaterThanOrEqual(8));
	it.each(specs.map((s) => [s.slug, s.caption]))(
		'%s: opens with “What to look at:” and says it in at most 60 words',
		(_, caption) => {
			expect(caption.startsWith('What to look at: ')).toBe(true);
			expect(words(caption)).toBeLessThanOrEqual(60);
		}
	);
});
