// npm run bench's section for the penalty: the sweep trained again for another seed, with the longest frame meanwhile.
import type { WidgetBench } from '../kit/bench';

export const bench: WidgetBench = async ({ page, figure, timed }) => {
	const widget = figure.locator('.penalty');
	const run = await timed(page, async () => {
		await figure.getByRole('button', { name: /Another seed/ }).click();
		await widget
			.and(page.locator('[data-status="training"]'))
			.waitFor({ timeout: 10_000 })
			.catch(() => {});
		await widget.and(page.locator('[data-status="trained"]')).waitFor({ timeout: 120_000 });
	});
	return [{ measure: 'the penalty sweep for another seed (6 models)', run }];
};
