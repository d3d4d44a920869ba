import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { committedNetworks } from './measured.server';
import { README_TABLE, targetsMarkdown, withTargetsTable } from './report';
import { TARGETS } from './targets';

describe('the README’s table of targets', () => {
	const readme = readFileSync('README.md', 'utf8');
	const table = targetsMarkdown(committedNetworks());

	it('is the one the committed atlases give (npm run report writes it)', () => {
		expect(withTargetsTable(readme, table)).toBe(readme);
	});

	it('has a row for every target, with the measured value of each network', () => {
		const rows = table
			.split('\n')
			.filter((l) => l.startsWith('| ') && !l.startsWith('| measured') && !l.startsWith('| ---'));
		expect(rows).toHaveLength(TARGETS.length);
		for (const row of rows) expect(row.split('|').length).toBe(7);
		expect(table).toContain('| measured | target |');
	});

	it('refuses a README without a place for it', () => {
		expect(() => withTargetsTable('# no table here', table)).toThrow(README_TABLE.start);
	});
});
