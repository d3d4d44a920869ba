// Before the page hydrates: a page whose figures run a network says so in its head, and its engine (the
// worker, and the trained network where its figures read it) starts loading now, alongside the page's own
// scripts, not once the first figure asks for it.
import type { ClientInit } from '@sveltejs/kit';
import { base } from '$app/paths';
import { EARLY_META, startEngineEarly } from '$lib/widgets/kit/engine';

export const init: ClientInit = () => {
	const wanted = document.head.querySelector(`meta[name="${EARLY_META}"]`)?.getAttribute('content');
	if (wanted) startEngineEarly(wanted === 'trained', new URL(`${base}/`, location.href).href);
};
