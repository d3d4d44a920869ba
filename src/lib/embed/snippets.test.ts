import { describe, expect, it } from 'vitest';
import { attributesOf, elementSnippet, iframeSnippet, resizeScript } from './snippets';
import { spec } from '../widgets/curve-detectors/spec';

const SITE = 'https://example.org/zoom-in';

describe('the snippets an author copies', () => {
	it('frames the figure at the given height, with its state in the address', () => {
		expect(iframeSnippet(SITE, spec, 'angle=45&inhibition=off', 900)).toBe(
			'<iframe src="https://example.org/zoom-in/embed/curve-detectors/?angle=45&inhibition=off"\n' +
				'  title="Hand-set curve detectors" loading="lazy"\n' +
				'  style="width:100%;border:0" height="900"></iframe>'
		);
		expect(iframeSnippet(SITE, spec, '', 900)).toContain('src="https://example.org/zoom-in/embed/curve-detectors/"');
	});

	it('writes the state as the element’s attributes, escaped', () => {
		expect(attributesOf('angle=45&hide=caption,bars')).toBe('angle="45" hide="caption,bars"');
		expect(attributesOf('x=a"b')).toBe('x="a&quot;b"');
		expect(elementSnippet(SITE, spec, 'angle=45')).toBe(
			'<script type="module" src="https://example.org/zoom-in/embed/widgets.js"></script>\n\n' +
				'<zoom-curve-detectors angle="45"></zoom-curve-detectors>'
		);
		expect(elementSnippet(SITE, spec, '')).toContain('<zoom-curve-detectors></zoom-curve-detectors>');
	});

	it('sizes frames with one script file, not inline code', () => {
		expect(resizeScript(SITE)).toBe('<script src="https://example.org/zoom-in/embed/resize.js" defer></script>');
	});
});
