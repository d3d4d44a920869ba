import { describe, expect, it } from 'vitest';
import { readAtlas, readExamples } from './atlas-files';
import { summarize, type AtlasSummary } from './summary';
import { MODEL_NAME, REPLICATION_FILE, SECOND_MODEL_NAME, UNIVERSALITY_FILE } from '../model/models';
import { readFileSync } from 'node:fs';
import {
	curveFamilyVerdict,
	dogCircuitVerdict,
	echoVerdict,
	highLowVerdict,
	spreadText,
	universalityVerdict,
	VERDICTS
} from './verdicts';

const summary = summarize(
	readAtlas(MODEL_NAME),
	readAtlas(SECOND_MODEL_NAME),
	JSON.parse(readFileSync(UNIVERSALITY_FILE, 'utf8')),
	readExamples(MODEL_NAME),
	JSON.parse(readFileSync(REPLICATION_FILE, 'utf8'))
);
const words = (s: string) => s.split(/\s+/).length;

describe('the sentences that say what this page’s network shows against the paper', () => {
	it('follow the committed atlas', () => {
		const tiles = summary.curves.units.length >= 8 && summary.curves.evaluation.gap <= 60;
		const replicated =
			summary.curves.replicated.kept.median >= 8 && summary.curves.replicated.evaluationGap.median <= 60;
		expect(curveFamilyVerdict(summary).case).toBe(tiles ? (replicated ? 'tiles' : 'tiles-once') : 'gap');
		expect(curveFamilyVerdict(summary).sentence).toContain(`${summary.curves.evaluation.gap}°`);
		// the headline carries its spread over the trainings and the untrained networks' value
		const r = summary.curves.replicated;
		expect(r.trainings).toBe(3);
		expect(curveFamilyVerdict(summary).sentence).toContain(
			`median of 3 trainings ${spreadText(r.kept)} units, gap ${spreadText(r.evaluationGap, '°')}; untrained keep ${r.untrainedKept})`
		);
		expect(echoVerdict(summary).case).toBe(summary.echo.finding.case);
		const share = summary.universality.curves.withPartner / summary.universality.curves.total;
		const { partners, null: chance } = summary.universality.oneToOne;
		expect(universalityVerdict(summary).agreement).toBe(
			share >= 0.7 && partners > chance.p95 ? 'as-in-the-paper' : 'unlike-the-paper'
		);
	});

	it('give every headline its spread over the trainings and what untrained networks give', () => {
		for (const [name, verdict] of Object.entries(VERDICTS)) {
			const { sentence } = verdict(summary);
			expect(sentence, name).toMatch(/median of 3 trainings/);
			expect(sentence, name).toMatch(/; untrained/);
		}
		const h = summary.headlines.highLowUnits;
		const b = summary.headlines.highLowBoundary;
		expect(highLowVerdict(summary).sentence).toContain(
			`median of 3 trainings ${spreadText(h.trained)}, ${spreadText(b.trained)}`
		);
		expect(highLowVerdict(summary).sentence).toContain(
			`untrained ${spreadText(h.untrained)}, ${spreadText(b.untrained)}`
		);
		// most units prefer the boundary, but the label's strength holds for few: the sentence says so
		if (summary.highLow.labels.labelled < 4) expect(highLowVerdict(summary).case).toBe('weak');
	});

	it('call a family no more than chance where untrained networks match the trainings', () => {
		const chance: AtlasSummary = {
			...summary,
			highLow: { ...summary.highLow, units: 10, edgeWins: 2 },
			headlines: {
				...summary.headlines,
				highLowBoundary: {
					trained: { median: 5, min: 4, max: 8, values: [4, 5, 8] },
					untrained: { median: 3, min: 2, max: 6, values: [2, 3, 6] }
				}
			}
		};
		expect(highLowVerdict(chance).case).toBe('chance');
		const above: AtlasSummary = {
			...chance,
			highLow: { ...chance.highLow, labels: { ...chance.highLow.labels, labelled: 9 } },
			headlines: {
				...chance.headlines,
				highLowBoundary: {
					...chance.headlines.highLowBoundary,
					untrained: { median: 1, min: 0, max: 2, values: [0, 1, 2] }
				}
			}
		};
		expect(highLowVerdict(above).case).toBe('boundary');
	});

	it('change their words, not only their numbers, when the measurement changes', () => {
		const tiling: AtlasSummary = {
			...summary,
			curves: {
				...summary.curves,
				units: Array(9).fill(summary.curves.units[0]),
				evaluation: { ...summary.curves.evaluation, gap: 40 },
				replicated: {
					...summary.curves.replicated,
					kept: { median: 9, min: 8, max: 10, values: [9, 8, 10] },
					evaluationGap: { median: 45, min: 40, max: 50, values: [40, 45, 50] }
				}
			}
		};
		expect(curveFamilyVerdict(tiling).case).toBe('tiles');
		expect(curveFamilyVerdict(tiling).sentence).toMatch(/^As in InceptionV1/);
		// tiling in the figures' network alone is not the paper's finding, and says so
		const once: AtlasSummary = {
			...tiling,
			curves: {
				...tiling.curves,
				replicated: {
					...tiling.curves.replicated,
					evaluationGap: { median: 90, min: 40, max: 120, values: [40, 90, 120] }
				}
			}
		};
		expect(curveFamilyVerdict(once).case).toBe('tiles-once');
		expect(curveFamilyVerdict(once).sentence).toContain('not in every training');
		const echoing: AtlasSummary = { ...summary, echo: { ...summary.echo, finding: { case: 'echo', sentence: '' } } };
		expect(echoVerdict(echoing).agreement).toBe('as-in-the-paper');
		const edges: AtlasSummary = { ...summary, highLow: { ...summary.highLow, units: 10, edgeWins: 8 } };
		expect(highLowVerdict(edges).case).toBe('edges');
		const strong = { median: 50, q1: 20, q3: 80, silent: 0, samples: 10 };
		const weak = { median: 1.5, q1: 1.2, q3: 2, silent: 0, samples: 10 };
		const inverse = (r: typeof strong) => ({ ...r, median: 1 / r.median, q1: 1 / r.q3, q3: 1 / r.q1 });
		const heads = (after: typeof strong) =>
			({
				...summary,
				heads: {
					...summary.heads,
					left: { ...summary.heads.left, leftRight: strong },
					right: { ...summary.heads.right, leftRight: inverse(strong) },
					afterCut: {
						...summary.heads.afterCut,
						left: { ...summary.heads.afterCut.left, leftRight: after },
						right: { ...summary.heads.afterCut.right, leftRight: inverse(after) }
					}
				}
			}) as AtlasSummary;
		const pairs = (partners: number, p95: number): AtlasSummary => ({
			...summary,
			universality: {
				...summary.universality,
				curves: { ...summary.universality.curves, withPartner: 9, total: 10 },
				oneToOne: { ...summary.universality.oneToOne, partners, null: { draws: 100, mean: 1, p95, atLeastObserved: 0 } }
			}
		});
		expect(universalityVerdict(pairs(8, 3)).case).toBe('shared');
		expect(universalityVerdict(pairs(3, 3)).case).toBe('partly');
		expect(universalityVerdict(pairs(3, 3)).sentence).toContain('within chance');
		expect(dogCircuitVerdict(heads(weak)).case).toBe('blunted');
		expect(dogCircuitVerdict(heads(strong)).case).toBe('kept');
	});

	it('say it in one sentence of at most 40 words', () => {
		for (const [name, verdict] of Object.entries(VERDICTS)) {
			const { sentence } = verdict(summary);
			expect(sentence.match(/[.:](\s|$)/g)?.length ?? 0, name).toBeLessThanOrEqual(2);
			expect(words(sentence), `${name}: ${sentence}`).toBeLessThanOrEqual(40);
		}
	});
});
