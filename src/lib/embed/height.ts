// Tells the page that frames this one how tall its content is, so the host can size the iframe.
import type { Action } from 'svelte/action';
import { HEIGHT_MESSAGE } from './messages';

export const reportHeight: Action<HTMLElement, string> = (node, widget) => {
	if (window.parent === window) return {};
	let last = 0;
	const send = () => {
		const height = Math.ceil(node.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		window.parent.postMessage({ type: HEIGHT_MESSAGE, widget, height }, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(node);
	send();
	return { destroy: () => observer.disconnect() };
};
