// npm run bench's section for the trained curve family: key press → chart with and without an edit, and a
// 72-angle tuning sweep that nothing in the atlas stands in for.
import type { WidgetBench } from '../kit/bench';

export const bench: WidgetBench = async ({ page, figure, keyLatencies, timed }) => {
	const widget = figure.locator('.curve-widget');
	const settled = () => figure.locator('.curve-widget[data-sweeping="false"]').waitFor({ timeout: 60_000 });
	const plain = await keyLatencies(100);
	await figure.getByRole('radio', { name: /all off/ }).check();
	await settled();
	const edited = await keyLatencies(100);
	// on light-on-dark paper nothing comes from the atlas: turning an edit on sweeps 72 angles
	await figure.getByRole('radio', { name: 'light on dark' }).check();
	await settled();
	await figure.getByRole('radio', { name: /in place/ }).check();
	await settled();
	const sweep = await timed(page, async () => {
		await figure.getByRole('radio', { name: /from opposite curves off/ }).check();
		await widget
			.and(page.locator('[data-sweeping="true"]'))
			.waitFor({ timeout: 10_000 })
			.catch(() => {});
		await settled();
	});
	await figure.getByRole('radio', { name: /in place/ }).check();
	await figure.getByRole('radio', { name: 'dark on light' }).check();
	return [
		{ measure: 'key press → chart, no edit', latencies: plain },
		{ measure: 'key press → chart, negatives off', latencies: edited },
		{ measure: '72-angle tuning sweep after an edit', run: sweep }
	];
};
