// The article's markdown, compiled by mdsvex: a component plus the metadata the pipeline collects.
declare module '*.md' {
	import type { Component } from 'svelte';
	export const metadata: {
		title: string;
		date: string;
		author: string;
		description: string;
		toc: { depth: number; id: string; text: string }[];
		citations: string[];
		/** the cited entries of content/references.bib, numbered in citation order */
		references: import('$lib/article/citations').Reference[];
	};
	const component: Component;
	export default component;
}
