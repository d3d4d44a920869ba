// The custom-element build (/embed/widgets.js): one element per widget of the registry, for pages on any
// site. Each renders into its own shadow root, with the site's stylesheet, so the host's CSS cannot reach
// it; everything it needs (styles, code chunks, wasm, the trained network) loads relative to this script.
import { mount, unmount } from 'svelte';
import '../theme.css';
import './elements.css';
import { WIDGETS } from '../widgets/registry';
import type { WidgetEntry } from '../widgets/kit/entry';
import {
	EMBED_OPTIONS,
	elementName,
	parseParams,
	stateOf,
	THEMES,
	type EmbedParams,
	type Param
} from '../widgets/kit/spec';
import ElementHost from './ElementHost.svelte';
import { CHANGE_EVENT } from './messages';
import { warnAboutUnknownElements } from './unknown-elements';

const STYLESHEET = new URL(/* @vite-ignore */ './widgets.css', import.meta.url).href;
/** The site's root: the article, and the models below it. */
const SITE = new URL(/* @vite-ignore */ '../', import.meta.url).href;

/** Attributes that are the host page's business, not the widget's parameters. */
const IGNORED = /^(class|style|id|title|lang|dir|hidden|tabindex|slot|part|data-.*|aria-.*)$/;

type Host = { getState(): object | null; setState(incoming: unknown): string[] };

function defineElement(widget: WidgetEntry) {
	const { spec } = widget;
	const stateNames = Object.keys(spec.params);
	const params = spec.params as Record<string, Param<unknown>>;
	/** a parameter's default, as an attribute writes it: what a removed attribute means */
	const defaultText = (name: string) => params[name].format(params[name].default);

	class ZoomWidget extends HTMLElement {
		static observedAttributes = [...stateNames, ...EMBED_OPTIONS];
		#shadow = this.attachShadow({ mode: 'open' });
		#frame = document.createElement('div');
		#app: Host | null = null;
		#params: EmbedParams<object> | null = null;
		#renders = 0;
		#styled: Promise<void>;
		/** renders once per task, however many attributes change together */
		#scheduled = false;

		constructor() {
			super();
			const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLESHEET });
			this.#styled = new Promise((done) => {
				link.addEventListener('load', () => done(), { once: true });
				link.addEventListener(
					'error',
					() => (console.error(`<${this.localName}>: its stylesheet ${STYLESHEET} could not be loaded.`), done()),
					{ once: true }
				);
			});
			this.#frame.className = 'zoom-in-theme zoom-element';
			this.#shadow.append(link, this.#frame);
		}

		connectedCallback() {
			this.#schedule();
		}

		disconnectedCallback() {
			this.#teardown();
		}

		attributeChangedCallback(name: string, before: string | null, after: string | null) {
			if (!this.isConnected || before === after) return;
			if (name === 'theme') return this.#applyTheme();
			// a state attribute changes the live figure in place: what the reader set elsewhere stays
			if (this.#app && stateNames.includes(name)) {
				const errors = this.#app.setState({ [name]: after ?? defaultText(name) });
				if (!errors.length) return;
			}
			this.#schedule();
		}

		/** The figure's state, one value per parameter. */
		get state(): object {
			return this.#app?.getState() ?? stateOf(spec, this.#params?.state ?? parseParams(spec, []).value.state);
		}

		/** Sets some of the state; a bad value throws, saying what is wrong, and changes nothing. */
		set state(incoming: object) {
			if (!this.#app)
				throw new Error(`<${this.localName}> is not showing a figure yet: set its state once it is on the page.`);
			const errors = this.#app.setState(incoming);
			if (errors.length) throw new RangeError(errors.join(' '));
		}

		#schedule() {
			if (this.#scheduled) return;
			this.#scheduled = true;
			queueMicrotask(() => {
				this.#scheduled = false;
				if (this.isConnected) this.#render();
			});
		}

		#teardown() {
			if (this.#app) unmount(this.#app);
			this.#app = null;
			this.#frame.replaceChildren();
		}

		#applyTheme() {
			const theme = this.getAttribute('theme') ?? 'auto';
			if ((THEMES as readonly string[]).includes(theme) && theme !== 'auto') this.#frame.dataset.theme = theme;
			else delete this.#frame.dataset.theme;
		}

		async #render() {
			const render = ++this.#renders;
			this.#teardown();
			this.#applyTheme();
			const entries = [...this.attributes]
				.filter((a) => !IGNORED.test(a.name))
				.map((a): [string, string] => [a.name, a.value]);
			const { value, errors } = parseParams(spec, entries);
			await this.#styled;
			if (!this.isConnected || render !== this.#renders) return;
			if (errors.length) return this.#showErrors(errors);
			this.#params = value;
			const props = {
				widget,
				params: value,
				site: SITE,
				onchange: (state: object) => this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: state, bubbles: true }))
			};
			this.#app = mount(ElementHost, { target: this.#frame, props }) as unknown as Host;
		}

		#showErrors(errors: string[]) {
			const box = document.createElement('div');
			box.className = 'zoom-embed-error';
			box.setAttribute('role', 'alert');
			const title = document.createElement('strong');
			title.textContent = `<${this.localName}> could not be shown as asked:`;
			const list = document.createElement('ul');
			for (const message of errors) list.append(Object.assign(document.createElement('li'), { textContent: message }));
			box.append(title, list);
			this.#frame.replaceChildren(box);
		}
	}

	// each parameter is also a property of the element (el.angle = 90), where HTMLElement has no such name
	for (const name of stateNames.filter((n) => !(n in HTMLElement.prototype)))
		Object.defineProperty(ZoomWidget.prototype, name, {
			get(this: ZoomWidget) {
				return (this.state as Record<string, unknown>)[name];
			},
			set(this: ZoomWidget, value: unknown) {
				this.state = { [name]: value };
			}
		});

	const name = elementName(spec);
	if (!customElements.get(name)) customElements.define(name, ZoomWidget);
}

WIDGETS.forEach(defineElement);
warnAboutUnknownElements(WIDGETS.map((w) => elementName(w.spec)));
