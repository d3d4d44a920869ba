// Shareable widget state: written to the page's query string (debounced), read back on load.
import { replaceState } from '$app/navigation';

/** Replaces the parameters that start with `prefix` in the current address, without a navigation. */
export function writeParams(prefix: string, params: [string, string][]) {
	const url = new URL(location.href);
	for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
	for (const [key, value] of params) url.searchParams.append(key, value);
	if (url.href !== location.href) replaceState(url, {});
}

/** Calls `write` once `delay` ms have passed without another change; returns the cancel function. */
export function debounce(write: () => void, delay = 250): () => void {
	const timer = setTimeout(write, delay);
	return () => clearTimeout(timer);
}
