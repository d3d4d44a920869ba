import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAtlas } from './atlas-files';
import { chooseShown, leaderAngle, SHOWN_FILE } from './shown';
import { MODEL_NAME } from '../model/models';

const tuning = (peak: number, at: number, angles: number[]) =>
	angles.map((a) => Math.max(0, peak * Math.cos(((a - at) * Math.PI) / 180)));
const angles = Array.from({ length: 72 }, (_, i) => i * 5);

describe('the figures’ default states', () => {
	it('are what the committed atlas chooses (npm run analyze writes them)', () => {
		expect(JSON.parse(readFileSync(SHOWN_FILE, 'utf8'))).toEqual(chooseShown(readAtlas(MODEL_NAME)));
	});

	it('show an angle whose leading unit prefers it, where that unit leads clearly', () => {
		const family = {
			angles,
			units: [
				{ preferredAngle: 90, tuning: tuning(2, 90, angles) },
				{ preferredAngle: 120, tuning: tuning(2, 120, angles) },
				{ preferredAngle: 270, tuning: tuning(1, 270, angles) }
			]
		} as Parameters<typeof leaderAngle>[0];
		// around 90–120 two units overlap; at 270 one unit answers alone
		expect(leaderAngle(family)).toBe(270);
	});

	it('refuse a family whose leaders never prefer the angle they lead at', () => {
		const units = [{ preferredAngle: 0, tuning: angles.map((a) => (a === 180 ? 1 : 0)) }];
		expect(() => leaderAngle({ angles, units } as Parameters<typeof leaderAngle>[0])).toThrow(/within 30°/);
	});
});
