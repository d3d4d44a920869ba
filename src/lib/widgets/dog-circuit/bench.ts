// npm run bench's section for the dog-head circuit: turn the head → every node updated, and the measure over
// every held-out head (and its mirror).
import type { WidgetBench } from '../kit/bench';

/** Runs in the page: clicks "Turn the head" `count` times, each timed until the widget shows the new reading. */
const TURNS = `async ([id, count]) => {
	const figure = document.getElementById(id);
	const widget = figure.querySelector('.dog-circuit');
	const button = [...figure.querySelectorAll('button')].find((b) => b.textContent.includes('Turn the head'));
	const out = [];
	for (let i = 0; i < count; i++) {
		const start = performance.now();
		button.click();
		await new Promise((resolve) => setTimeout(resolve, 0));
		await new Promise((resolve) => {
			if (widget.getAttribute('data-rendered') === widget.getAttribute('data-key')) return resolve();
			const observer = new MutationObserver(() => {
				if (widget.getAttribute('data-rendered') !== widget.getAttribute('data-key')) return;
				observer.disconnect();
				resolve();
			});
			observer.observe(widget, { attributes: true });
		});
		out.push(performance.now() - start);
		await new Promise((r) => requestAnimationFrame(r));
		await new Promise((r) => requestAnimationFrame(r));
	}
	return out;
}`;

export const bench: WidgetBench = async ({ page, figure, timed }) => {
	const turns = (await page.evaluate(
		`(${TURNS})(${JSON.stringify([await figure.getAttribute('id'), 60])})`
	)) as number[];
	const overMany = await timed(page, async () => {
		await figure.getByRole('button', { name: 'Measure now' }).click();
		await figure.getByTestId('measured').waitFor({ timeout: 120_000 });
	});
	return [
		{ measure: 'turn the head → every node updated', latencies: turns },
		{ measure: 'measure over every held-out head', run: overMany }
	];
};
