import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTHS, HEIGHTS } from './heights';
import { COLUMNS } from '../../../scripts/heights';
import { WIDGETS } from '../widgets/registry';

describe('the measured heights the docs, snippets and oEmbed give', () => {
	it('are measured at the columns the docs name, for every widget', () => {
		expect(COLUMNS).toEqual([...COLUMN_WIDTHS]);
		for (const { spec } of WIDGETS)
			expect(Object.keys(HEIGHTS[spec.slug] ?? {}).map(Number), spec.slug).toEqual([...COLUMN_WIDTHS]);
	});
});
