// npm run bench's section for the phase diagram: all 400 cells (6 starts each), with the longest frame meanwhile.
import type { WidgetBench } from '../kit/bench';

export const bench: WidgetBench = async ({ page, figure, timed }) => {
	const run = await timed(page, async () => {
		await figure.getByRole('button', { name: /Train the 400 models/ }).click();
		await figure.locator('.phase[data-status="done"]').waitFor({ timeout: 180_000 });
	});
	return [{ measure: 'the phase diagram, 20 × 20 cells × 6 starts', run }];
};
