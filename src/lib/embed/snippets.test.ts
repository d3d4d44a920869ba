import { describe, expect, it } from 'vitest';
import { attributesOf, elementSnippet, iframeSnippet, resizeScript } from './snippets';
import { spec } from '../widgets/curve-detectors/spec';

const SITE = 'https://example.org/zoom-in';

describe('the snippets an author copies', () => {
	it('frames the figure at the given height, with its state in the address', () => {
		expect(iframeSnippet(SITE, spec, 'angle=45&inhibition=off', 900)).toBe(
			'<iframe src="https://example.org/zoom-in/embed/curve-detectors/?angle=45&inhibition=off"\n' +
				'  title="Hand-set curve detectors" loading="lazy"\n' +
				'  width="100%" height="900"></iframe>'
		);
		// no inline style, which a Content-Security-Policy without 'unsafe-inline' would refuse
		expect(iframeSnippet(SITE, spec, '', 900)).not.toContain('style=');
		expect(iframeSnippet(SITE, spec, '', 900)).toContain('src="https://example.org/zoom-in/embed/curve-detectors/"');
	});

	it('writes the state as the element’s attributes, escaped', () => {
		expect(attributesOf('angle=45&hide=caption,bars')).toBe('angle="45" hide="caption,bars"');
		expect(attributesOf('x=a"b')).toBe('x="a&quot;b"');
		expect(elementSnippet(SITE, spec, 'angle=45&inhibition=off')).toBe(
			'<script type="module" src="https://example.org/zoom-in/embed/widgets.js"></script>\n\n' +
				'<zoom-curve-detectors angle="45" inhibition="off">\n' +
				'  <a href="https://example.org/zoom-in/embed/curve-detectors/?angle=45&amp;inhibition=off">' +
				'<img src="https://example.org/zoom-in/embed/curve-detectors/thumbnail.png"\n' +
				'    alt="Hand-set curve detectors: a picture of the figure in its default state (live, it needs JavaScript)"></a>\n' +
				'</zoom-curve-detectors>'
		);
		expect(elementSnippet(SITE, spec, '')).toContain('<zoom-curve-detectors>\n');
		expect(elementSnippet(SITE, spec, '')).toContain('href="https://example.org/zoom-in/embed/curve-detectors/"');
	});

	it('sizes frames with one script file, not inline code', () => {
		expect(resizeScript(SITE)).toBe('<script src="https://example.org/zoom-in/embed/resize.js" defer></script>');
	});
});
