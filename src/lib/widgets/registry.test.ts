import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from './registry';
import { SNAPSHOTS } from './snapshots.server';
import { SERVICES } from './services';

const folders = readdirSync('src/lib/widgets', { withFileTypes: true })
	.filter((d) => d.isDirectory() && existsSync(`src/lib/widgets/${d.name}/index.ts`))
	.map((d) => d.name);

describe('the lists of widgets', () => {
	it('name every widget folder once, by its folder’s name', () => {
		expect(WIDGETS.map((w) => w.spec.slug).sort()).toEqual([...folders].sort());
	});

	it('give every widget its build-time picture', () => {
		expect(Object.keys(SNAPSHOTS).sort()).toEqual([...folders].sort());
	});

	it('give the engine every widget’s own computations', () => {
		const computing = folders.filter((f) => existsSync(`src/lib/widgets/${f}/compute.ts`));
		for (const f of computing) expect(Object.keys(SERVICES), `${f}/compute.ts`).toContain(f);
	});
});
