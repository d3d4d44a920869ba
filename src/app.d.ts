// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

declare module '*.md' {
	import type { Component } from 'svelte';
	export const metadata: {
		title: string;
		date: string;
		description: string;
		toc: { depth: number; id: string; text: string }[];
		citations: string[];
	};
	const component: Component;
	export default component;
}

export {};
