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
// CI installs Debian's python3-torch (.ci/run); elsewhere, without it, the test is reported as skipped
const runnable = existsSync(PYTHON) && hasTorch();

describe('training', () => {
	it.runIf(runnable || process.env.CI)('one batch trains end to end and every named layer has the expected shape', () => {
		const out = execFileSync(PYTHON, ['train/train.py', '--smoke'], { encoding: 'utf8', timeout: 120_000 });
		const result = JSON.parse(out.trim().split('\n').at(-1)!);
		expect(result.smoke).toBe('ok');
		expect(Number.isFinite(result.loss)).toBe(true);
		// the decorrelation penalty: a mean squared correlation
		expect(result.decorrelation).toBeGreaterThanOrEqual(0);
		expect(result.decorrelation).toBeLessThanOrEqual(1);
		expect(result.shapes.mixed3b).toEqual([4, 192, 16, 16]);
		expect(result.shapes.mixed4c).toEqual([4, 256, 8, 8]);
		expect(result.shapes.logits).toEqual([4, CLASSES.length]);
	});
});

describe('the model the site ships', () => {
	it('is the one the training script writes', async () => {
		const { readFileSync } = await import('node:fs');
		const { MODEL_NAME } = await import('./models');
		expect(readFileSync('train/train.py', 'utf8')).toContain(`MODEL_NAME = "${MODEL_NAME}"`);
	});
});
