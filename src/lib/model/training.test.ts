import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLASSES } from '../world/classes';

const PYTHON = '/usr/bin/python3';
const hasTorch = () => {
	try {
		execFileSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};
// npm test installs Debian's python3-torch where it can (scripts/test-tools.js); without it the test is
// skipped, and says why
const runnable = existsSync(PYTHON) && hasTorch();
if (!runnable && !process.env.CI)
	console.warn(
		`The training smoke test is skipped: ${PYTHON} cannot import torch. Install Debian's python3-torch to run it.`
	);

describe('training', () => {
	it.runIf(runnable || process.env.CI).each([
		{ network: 'a', mixed3b: 168, mixed4c: 256 },
		{ network: 'b', mixed3b: 124, mixed4c: 192 },
		{ network: 'v11a', mixed3b: 168, mixed4c: 256 }
	])(
		'one batch of network $network trains end to end and every named layer has the expected shape',
		({ network, mixed3b, mixed4c }) => {
			const out = execFileSync(PYTHON, ['train/train.py', '--smoke', '--network', network], {
				encoding: 'utf8',
				timeout: 120_000
			});
			const result = JSON.parse(out.trim().split('\n').at(-1)!);
			expect(result.smoke).toBe('ok');
			expect(Number.isFinite(result.loss)).toBe(true);
			// the decorrelation penalty: a mean squared correlation
			expect(result.decorrelation).toBeGreaterThanOrEqual(0);
			expect(result.decorrelation).toBeLessThanOrEqual(1);
			expect(result.shapes.mixed3b).toEqual([4, mixed3b, 16, 16]);
			expect(result.shapes.mixed4c).toEqual([4, mixed4c, 8, 8]);
			expect(result.shapes.logits).toEqual([4, CLASSES.length]);
		},
		120_000
	);
});

describe('the model the site ships', () => {
	it('is the one the training script writes', async () => {
		const { readFileSync } = await import('node:fs');
		const { MODEL_NAME, SECOND_MODEL_NAME } = await import('./models');
		const script = readFileSync('train/train.py', 'utf8');
		const shipped = JSON.parse(script.match(/^SHIPPED = (\{.*\})$/m)![1]) as Record<string, string>;
		expect(Object.keys(shipped)).toEqual(['a', 'b']);
		expect(script).toContain(`"${shipped.a}": {"name": "${MODEL_NAME}"`);
		expect(script).toContain(`"${shipped.b}": {"name": "${SECOND_MODEL_NAME}"`);
	});
});
