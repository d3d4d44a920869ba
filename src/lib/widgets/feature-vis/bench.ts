// npm run bench's section for feature visualization: one run of the default length on its embed page, as
// waves and as one stroke, with the longest frame meanwhile, and the tensors the engine holds before and
// after ten more runs.
import type { WidgetBench } from '../kit/bench';

export const bench: WidgetBench = async ({ open, timed, memory }) => {
	const page = await open('/embed/feature-vis/');
	try {
		await page.locator('.gate[data-ready="true"]').waitFor({ timeout: 60_000 });
		const steps = Number(await page.locator('progress').last().getAttribute('max'));
		const run = await timed(page, async () => {
			await page.getByRole('button', { name: 'Run' }).click();
			await page.locator('.feature-vis[data-status="done"]').waitFor({ timeout: 180_000 });
		});
		const unit = (await page.getByTestId('description').textContent())?.split(',')[0];
		const opened = page.url();
		const address = (more: string) => `${opened.split('?')[0]}?${new URL(opened).searchParams.toString()}&${more}`;
		// the same unit drawn as one stroke: its starts race side by side before the best climbs alone
		await page.goto(address('draw=stroke'));
		await page.locator('.gate[data-ready="true"]').waitFor({ timeout: 60_000 });
		const stroke = await timed(page, async () => {
			await page.getByRole('button', { name: 'Run' }).click();
			await page.locator('.feature-vis[data-status="done"]').waitFor({ timeout: 900_000 });
		});
		await page.goto(address('steps=32'));
		await page.locator('.gate[data-ready="true"]').waitFor({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Run' }).click();
		await page.locator('.feature-vis[data-status="done"]').waitFor({ timeout: 60_000 });
		const before = await memory(page);
		for (let i = 0; i < 10; i++) {
			await page.getByRole('button', { name: 'Run again' }).click();
			await page.locator('.feature-vis[data-status="done"]').waitFor({ timeout: 60_000 });
		}
		const after = await memory(page);
		return [
			{ measure: `${steps} steps for ${unit}`, run },
			{ measure: 'a step', text: `${(run.ms / steps).toFixed(1)} ms` },
			{ measure: `${steps} steps for ${unit}, drawn as one stroke`, run: stroke },
			{ measure: 'tensors held, after one run and after ten more', text: `${before.numTensors} → ${after.numTensors}` }
		];
	} finally {
		await page.close();
	}
};
