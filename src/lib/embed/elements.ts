// The custom-element build (/embed/widgets.js): one element per widget for pages on any site.
// Everything it needs (styles, code chunks, wasm) loads relative to this script's own address.
import { mount, unmount } from 'svelte';
import '../theme.css';
import './elements.css';
import CurveDetectorsEmbed from '../widgets/CurveDetectorsEmbed.svelte';
import { parseCurveParams } from './params';

const STYLESHEET = new URL(/* @vite-ignore */ './widgets.css', import.meta.url).href;
const ARTICLE = new URL(/* @vite-ignore */ '../', import.meta.url).href;

function ensureStylesheet() {
	if (document.querySelector(`link[href="${STYLESHEET}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = STYLESHEET;
	document.head.append(link);
}

/** Attributes that are the host page's business, not the widget's parameters. */
const IGNORED = /^(class|style|id|title|lang|dir|hidden|tabindex|slot|part|data-.*|aria-.*)$/;

class ZoomCurveDetectors extends HTMLElement {
	static observedAttributes = ['angle', 'radius', 'inhibition', 'hide', 'backend'];
	#app: ReturnType<typeof mount> | null = null;

	connectedCallback() {
		this.#render();
	}

	disconnectedCallback() {
		this.#teardown();
	}

	attributeChangedCallback() {
		if (this.isConnected) this.#render();
	}

	#teardown() {
		if (this.#app) unmount(this.#app);
		this.#app = null;
		this.replaceChildren();
	}

	#render() {
		ensureStylesheet();
		this.#teardown();
		this.classList.add('zoom-in-theme');
		const entries = [...this.attributes].filter((a) => !IGNORED.test(a.name)).map((a): [string, string] => [a.name, a.value]);
		const { value, errors } = parseCurveParams(entries);
		if (errors.length) {
			const box = document.createElement('div');
			box.className = 'zoom-embed-error';
			box.setAttribute('role', 'alert');
			const title = document.createElement('strong');
			title.textContent = `<${this.localName}> could not be shown as asked:`;
			const list = document.createElement('ul');
			for (const message of errors) list.append(Object.assign(document.createElement('li'), { textContent: message }));
			box.append(title, list);
			this.append(box);
			return;
		}
		this.#app = mount(CurveDetectorsEmbed, { target: this, props: { params: value, snapshot: null, articleHref: ARTICLE } });
	}
}

if (!customElements.get('zoom-curve-detectors')) customElements.define('zoom-curve-detectors', ZoomCurveDetectors);
