// Shareable widget state: written to the page's query string (debounced), read back on load.
import { replaceState } from '$app/navigation';

/** Replaces the parameters that start with `prefix` in the current address, without a navigation. */
export function writeParams(prefix: string, params: [string, string][]) {
	const url = new URL(location.href);
	for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
	for (const [key, value] of params) url.searchParams.append(key, value);
	if (url.href !== location.href) replaceState(url, {});
}

/**
 * Writes the parameters once `delay` ms have passed without another change, and only while the address is
 * still the page's that asked: a write that comes due after the reader has gone to another page (going back
 * changes the address before the old page is gone) would otherwise rewrite that page's address. Returns
 * the cancel function.
 */
export function writeParamsSoon(prefix: string, params: [string, string][], delay = 250): () => void {
	const page = location.pathname;
	const timer = setTimeout(() => {
		if (location.pathname === page) writeParams(prefix, params);
	}, delay);
	return () => clearTimeout(timer);
}
