import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE } from './messages';

const SITE = 'https://example.org/zoom-in';

/**
 * Runs static/embed/resize.js, loaded from SITE, on a fake page with two frames (one of SITE's figures, one
 * of another site), and returns how to post to it.
 */
function pageWithResize() {
	const frames = [
		{ src: 'https://video.example/player', contentWindow: {}, style: {} as Record<string, string> },
		{ src: `${SITE}/embed/curve-detectors/`, contentWindow: {}, style: {} as Record<string, string> }
	];
	let listener: (event: { data: unknown; source: unknown }) => void = () => {};
	const window = {
		URL,
		addEventListener: (type: string, fn: typeof listener) => type === 'message' && (listener = fn),
		document: {
			currentScript: { src: `${SITE}/embed/resize.js` },
			readyState: 'complete',
			getElementsByTagName: (tag: string) => (tag === 'iframe' ? frames : [])
		}
	};
	runInNewContext(readFileSync('static/embed/resize.js', 'utf8'), { ...window, window });
	return { frames, post: (data: unknown, from: number) => listener({ data, source: frames[from].contentWindow }) };
}

describe('/embed/resize.js, the script a host page includes to size the frames', () => {
	it('gives the frame that sent the message its height, and no other frame', () => {
		const { frames, post } = pageWithResize();
		post({ type: HEIGHT_MESSAGE, height: 812.4 }, 1);
		expect(frames[1].style.height).toBe('813px');
		expect(frames[0].style.height).toBeUndefined();
	});

	it('takes the border away from the site’s frames only, so that the snippet needs no inline style', () => {
		const { frames } = pageWithResize();
		expect(frames[1].style.border).toBe('0');
		expect(frames[0].style.border).toBeUndefined();
	});

	it.each([
		{ name: 'another type', args: { type: 'other', height: 500 } },
		{ name: 'no height', args: { type: HEIGHT_MESSAGE } },
		{ name: 'a zero height', args: { type: HEIGHT_MESSAGE, height: 0 } },
		{ name: 'not an object', args: 'zoom-in:height' }
	])('ignores $name', ({ args }) => {
		const { frames, post } = pageWithResize();
		post(args, 0);
		expect(frames[0].style.height).toBeUndefined();
	});
});
