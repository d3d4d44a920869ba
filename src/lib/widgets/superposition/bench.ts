// npm run bench's section for the toy model: a training to convergence (five of them, the median), and the
// tensors held over twenty more.
import type { Locator } from '@playwright/test';
import type { WidgetBench } from '../kit/bench';

const runsOf = async (widget: Locator) => Number(await widget.getAttribute('data-runs'));

export const bench: WidgetBench = async ({ page, figure, memory }) => {
	const widget = figure.locator('.superposition');
	const next = async (key: string) => {
		const before = await runsOf(widget);
		await page.keyboard.press(key);
		await page.waitForFunction(
			([id, n]) => Number(document.querySelector(`#${id} .superposition`)?.getAttribute('data-runs')) > Number(n),
			[await figure.getAttribute('id'), before],
			{ timeout: 60_000 }
		);
		return Number(await widget.getAttribute('data-train-ms'));
	};
	await figure.getByRole('slider', { name: /Sparsity/ }).focus();
	const trainings: number[] = [];
	for (const key of ['ArrowLeft', 'ArrowLeft', 'End', 'Home', 'ArrowRight']) trainings.push(await next(key));
	await figure.getByRole('slider', { name: 'Importance decay' }).focus();
	const before = await memory(page);
	for (let i = 0; i < 20; i++) await next(i % 2 ? 'ArrowRight' : 'ArrowLeft');
	const after = await memory(page);
	const sorted = [...trainings].sort((a, b) => a - b);
	return [
		{ measure: 'one training of the 5-in-2 model (median of 5)', text: `${sorted[2].toFixed(0)} ms` },
		{ measure: 'tensors held over 20 trainings', text: `${before.numTensors} → ${after.numTensors}` }
	];
};
