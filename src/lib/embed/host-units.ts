// For the custom elements: every rem in their stylesheet becomes a multiple of --zoom-rem, which the
// element sets itself, so a host page's root font size (html { font-size: 62.5% }) cannot resize them.
// The conditions of @media, @container and @supports keep their rem, where var() is not allowed.
import type { Plugin } from 'vite';

const REM = /(?<![\w.-])(-?)(\d*\.?\d+)rem\b/g;
const CONDITION = /^\s*@(media|container|supports)\b/;

export function remToHostUnits(css: string): string {
	// split before and after each brace: the text before a "{" is a selector or an at-rule's condition
	const parts = css.split(/(?=[{}])|(?<=[{}])/);
	return parts
		.map((part, i) =>
			parts[i + 1] === '{' && CONDITION.test(part) ? part : part.replace(REM, 'calc($1$2 * var(--zoom-rem))')
		)
		.join('');
}

/** Rewrites the rem of every stylesheet the build writes. */
export const remToHostUnitsPlugin = (): Plugin => ({
	name: 'rem-to-host-units',
	enforce: 'post',
	// after Vite has gathered the components' styles into the stylesheet
	generateBundle: {
		order: 'post',
		handler(_, bundle) {
			for (const file of Object.values(bundle))
				if (file.type === 'asset' && file.fileName.endsWith('.css')) file.source = remToHostUnits(String(file.source));
		}
	}
});
