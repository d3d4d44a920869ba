// The custom-element build (/embed/widgets.js): one element per widget of the registry, for pages on any
// site. Everything it needs (styles, code chunks, wasm, the trained network) loads relative to this script.
import { mount, unmount } from 'svelte';
import '../theme.css';
import './elements.css';
import { WIDGETS } from '../widgets/registry';
import type { WidgetEntry } from '../widgets/kit/entry';
import { elementName, parseParams } from '../widgets/kit/spec';
import ElementHost from './ElementHost.svelte';

const STYLESHEET = new URL(/* @vite-ignore */ './widgets.css', import.meta.url).href;
/** The site's root: the article, and the models below it. */
const SITE = new URL(/* @vite-ignore */ '../', import.meta.url).href;

function ensureStylesheet() {
	if (document.querySelector(`link[href="${STYLESHEET}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = STYLESHEET;
	document.head.append(link);
}

/** Attributes that are the host page's business, not the widget's parameters. */
const IGNORED = /^(class|style|id|title|lang|dir|hidden|tabindex|slot|part|data-.*|aria-.*)$/;

function defineElement(widget: WidgetEntry) {
	const { spec } = widget;
	class ZoomWidget extends HTMLElement {
		static observedAttributes = [...Object.keys(spec.params), 'hide', 'backend'];
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
			this.classList.add('zoom-in-theme', 'zoom-element');
			const entries = [...this.attributes].filter((a) => !IGNORED.test(a.name)).map((a): [string, string] => [a.name, a.value]);
			const { value, errors } = parseParams(spec, entries);
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
			this.#app = mount(ElementHost, { target: this, props: { widget, params: value, site: SITE } });
		}
	}
	const name = elementName(spec);
	if (!customElements.get(name)) customElements.define(name, ZoomWidget);
}

WIDGETS.forEach(defineElement);
