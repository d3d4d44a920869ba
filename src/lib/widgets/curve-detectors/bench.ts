// npm run bench's section for the hand-set curve detectors: key press → chart, and a tuning sweep for a new radius.
import type { WidgetBench } from '../kit/bench';

export const bench: WidgetBench = async ({ page, figure, keyLatencies, timed }) => {
	const settled = () => figure.locator('[data-testid="echo-ratio"][aria-busy="false"]').waitFor({ timeout: 60_000 });
	await settled();
	const keys = await keyLatencies(100);
	const sweep = await timed(page, async () => {
		await figure.getByLabel('Curve radius in pixels').fill('24');
		await figure
			.locator('[data-testid="echo-ratio"][aria-busy="true"]')
			.waitFor({ timeout: 10_000 })
			.catch(() => {});
		await settled();
	});
	return [
		{ measure: 'key press → chart', latencies: keys },
		{ measure: 'tuning sweep for a new radius (72 angles)', run: sweep }
	];
};
