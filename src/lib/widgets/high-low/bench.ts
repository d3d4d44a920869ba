// npm run bench's section for the high-low family: key press → chart (four textures an update), and the polar
// plot swept for a blur the analysis did not measure.
import type { WidgetBench } from '../kit/bench';

export const bench: WidgetBench = async ({ page, figure, keyLatencies, timed }) => {
	const keys = await keyLatencies(100);
	const sweep = await timed(page, async () => {
		await figure.getByLabel('Blur in pixels').fill('3');
		await figure
			.locator('.curve-widget[data-sweeping="true"]')
			.waitFor({ timeout: 10_000 })
			.catch(() => {});
		await figure.locator('.curve-widget[data-sweeping="false"]').waitFor({ timeout: 60_000 });
	});
	return [
		{ measure: 'key press → chart', latencies: keys },
		{ measure: '72-angle tuning sweep after a blur change', run: sweep }
	];
};
