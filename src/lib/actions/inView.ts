// A Svelte action that calls `enter` once, when the node comes within `margin` of the viewport.
import type { Action } from 'svelte/action';

export const inView: Action<HTMLElement, { enter: () => void; margin?: string }> = (node, params) => {
	if (typeof IntersectionObserver === 'undefined') {
		params.enter();
		return {};
	}
	const observer = new IntersectionObserver(
		(entries) => {
			if (entries.some((entry) => entry.isIntersecting)) {
				observer.disconnect();
				params.enter();
			}
		},
		{ rootMargin: params.margin ?? '400px' }
	);
	observer.observe(node);
	return { destroy: () => observer.disconnect() };
};
