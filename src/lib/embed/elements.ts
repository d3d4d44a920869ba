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
	elementProperty,
	figureHref,
	mergeState,
	parseParams,
	stateOf,
	isTheme,
	themeError,
	type EmbedParams,
	type Theme
} from '../widgets/kit/spec';
import ElementHost from './ElementHost.svelte';
import { CHANGE_EVENT, READY_EVENT } from './messages';
import type { ReadyDetail } from '../widgets/kit/host';
import { warnAboutUnknownElements } from './unknown-elements';
import { applyTheme } from './theme';
import { SITE, STYLESHEET } from './site';

/** What an element may hold as its fallback (shown until the figure is, or where it cannot be): a picture and a link. */
const FALLBACK = ['a', 'img', 'picture'];

/** Attributes that are the host page's business, not the widget's parameters. */
const IGNORED = /^(class|style|id|title|lang|dir|hidden|tabindex|slot|part|data-.*|aria-.*)$/;

type Host = { getState(): object | null; setState(incoming: unknown): string[] };

function defineElement(widget: WidgetEntry) {
	const { spec } = widget;
	const stateNames = Object.keys(spec.params);

	class ZoomWidget extends HTMLElement {
		static observedAttributes = [...stateNames, ...EMBED_OPTIONS];
		#shadow = this.attachShadow({ mode: 'open' });
		#frame = document.createElement('div');
		/** what is wrong with an attribute set while the figure was live: shown above it, the figure kept */
		#notice = document.createElement('div');
		#figure = document.createElement('div');
		#app: Host | null = null;
		#params: EmbedParams<object> | null = null;
		#renders = 0;
		/** whether the site's stylesheet loaded: without it the figure is not shown, only what to do about it */
		#styled: Promise<boolean>;
		#checkedContent = false;
		/** renders once per task, however many attributes change together */
		#scheduled = false;
		#ready!: Promise<ReadyDetail>;
		#readied: ((outcome: ReadyDetail) => void) | null = null;

		constructor() {
			super();
			const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLESHEET });
			this.#styled = new Promise((done) => {
				link.addEventListener('load', () => ((this.#frame.hidden = false), done(true)), { once: true });
				link.addEventListener('error', () => (this.#showUnstyled(), done(false)), { once: true });
			});
			// hidden (by the browser's own rule for [hidden]) until the styles are there: never a page of bare controls
			this.#frame.hidden = true;
			this.#frame.className = 'zoom-in-theme zoom-element';
			this.#notice.className = 'zoom-embed-error zoom-embed-notice';
			this.#notice.setAttribute('role', 'alert');
			this.#notice.hidden = true;
			this.#frame.append(this.#notice, this.#figure);
			this.#shadow.append(link, this.#frame);
			this.#awaitReady();
		}

		connectedCallback() {
			this.#warnAboutContent();
			this.#schedule();
		}

		/**
		 * Says in the console where the element holds more than a fallback picture and link: most often a tag written
		 * self-closing (<zoom-… />), which HTML leaves open, so that what follows on the page is inside it and hidden.
		 */
		#warnAboutContent() {
			if (this.#checkedContent) return;
			this.#checkedContent = true;
			const held = [...this.children].filter((c) => !FALLBACK.includes(c.localName));
			if (!held.length) return;
			const what = [...new Set(held.map((c) => `<${c.localName}>`))].join(', ');
			console.warn(
				`<${this.localName}> holds ${what}, which it hides: a figure shows only itself, with at most a picture and a ` +
					`link inside as its fallback. If the page writes <${this.localName} … />, HTML does not close that tag, ` +
					`and everything after it ends up inside: write <${this.localName} …></${this.localName}>.`
			);
		}

		/**
		 * Shown, unstyled and short, where the site's stylesheet could not load: for the reader, that the figure is not
		 * shown and where it is, with the element's fallback picture if it holds one; for the page's author, why, and the
		 * line to add.
		 */
		#showUnstyled() {
			const origin = new URL(STYLESHEET).origin;
			const why =
				`For this page's author: the figure could not load its styles from ${STYLESHEET}. If the page sends a ` +
				`Content-Security-Policy, add ${origin} to its style-src (or default-src).`;
			console.error(`<${this.localName}>: ${why}`);
			const notice = Object.assign(document.createElement('div'), { className: 'zoom-unstyled' });
			notice.setAttribute('role', 'alert');
			const paragraph = (...content: (string | Node)[]) => {
				const p = document.createElement('p');
				p.append(...content);
				return p;
			};
			const heading = Object.assign(document.createElement('strong'), {
				textContent: `A figure, “${spec.title}”, could not be shown here.`
			});
			const link = Object.assign(document.createElement('a'), {
				href: figureHref(SITE, spec),
				textContent: `See it on its own site →`
			});
			// the fallback the element holds (a picture and a link), which the figure would have covered
			notice.append(paragraph(heading), document.createElement('slot'), paragraph(link), paragraph(why));
			this.#shadow.append(notice);
		}

		disconnectedCallback() {
			this.#teardown();
		}

		attributeChangedCallback(name: string, before: string | null, after: string | null) {
			if (!this.isConnected || before === after) return;
			// before the figure is live, the attributes are read when it renders
			if (!this.#app) return this.#schedule();
			// while it is live, a bad attribute is named above the figure, which keeps what the reader set
			const { value, errors } = this.#parse();
			if (errors.length) return this.#showNotice(errors);
			this.#showNotice([]);
			if (name === 'theme') return applyTheme(this.#frame, value.theme);
			if (stateNames.includes(name)) {
				const problems = this.#app.setState({ [name]: (value.state as Record<string, unknown>)[name] });
				if (problems.length) this.#showNotice(problems);
				return;
			}
			// hide and backend make a new figure, in the state the reader left
			this.#schedule(this.#app.getState());
		}

		/** The figure's state, one value per parameter. */
		get state(): object {
			return this.#app?.getState() ?? stateOf(spec, this.#params?.state ?? parseParams(spec, []).value.state);
		}

		/**
		 * Sets some of the state (and the theme, where it names one); a bad value throws, saying what is wrong, and
		 * changes nothing.
		 */
		set state(incoming: object) {
			if (!this.#app)
				throw new Error(`<${this.localName}> is not showing a figure yet: set its state once it is on the page.`);
			const { theme, ...rest } = incoming as { theme?: unknown };
			if (theme !== undefined) this.#checkTheme(theme);
			const errors = this.#app.setState(rest);
			if (errors.length) throw new RangeError(errors.join(' '));
			if (theme !== undefined) this.theme = theme as Theme;
		}

		/** light, dark or auto (the reader's device), as the theme attribute says. */
		get theme(): Theme {
			const theme = this.getAttribute('theme');
			return isTheme(theme) ? theme : 'auto';
		}

		set theme(theme: Theme) {
			this.#checkTheme(theme);
			this.setAttribute('theme', theme);
		}

		/** Settles once the figure is live (or could not start), with how; a new figure (hide, backend) starts anew. */
		get ready(): Promise<ReadyDetail> {
			return this.#ready;
		}

		#checkTheme(theme: unknown) {
			if (!isTheme(theme)) throw new RangeError(themeError(theme));
		}

		#awaitReady() {
			this.#ready = new Promise((settle) => (this.#readied = settle));
		}

		#parse() {
			const entries = [...this.attributes]
				.filter((a) => !IGNORED.test(a.name))
				.map((a): [string, string] => [a.name, a.value]);
			return parseParams(spec, entries);
		}

		#schedule(carried: object | null = null) {
			if (this.#scheduled) return;
			this.#scheduled = true;
			queueMicrotask(() => {
				this.#scheduled = false;
				if (this.isConnected) this.#render(carried);
			});
		}

		#teardown() {
			if (this.#app) unmount(this.#app);
			this.#app = null;
			this.#figure.replaceChildren();
			this.#showNotice([]);
		}

		async #render(carried: object | null) {
			const render = ++this.#renders;
			if (!this.#readied) this.#awaitReady();
			this.#teardown();
			const { value, errors } = this.#parse();
			applyTheme(this.#frame, errors.length ? this.theme : value.theme);
			const styled = await this.#styled;
			if (!this.isConnected || render !== this.#renders) return;
			if (!styled) return this.#settleReady(render, { live: false, error: 'its styles could not be loaded' });
			if (errors.length) {
				this.#showErrors(errors);
				return this.#settleReady(render, { live: false, error: errors.join(' ') });
			}
			// a new figure for the same element (hide, backend changed) starts where the reader left the last one
			if (carried) value.state = mergeState(spec, value.state, carried).value;
			this.#params = value;
			const props = {
				widget,
				params: value,
				site: SITE,
				onchange: (state: object) =>
					this.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: state, bubbles: true })),
				onready: (outcome: ReadyDetail) => this.#settleReady(render, outcome)
			};
			this.#app = mount(ElementHost, { target: this.#figure, props }) as unknown as Host;
		}

		/** Tells the host how this render's start went: the ready promise and event. */
		#settleReady(render: number, outcome: ReadyDetail) {
			if (render !== this.#renders) return;
			this.#readied?.(outcome);
			this.#readied = null;
			this.dispatchEvent(new CustomEvent(READY_EVENT, { detail: outcome }));
		}

		#showErrors(errors: string[]) {
			const box = document.createElement('div');
			box.className = 'zoom-embed-error';
			box.setAttribute('role', 'alert');
			box.append(this.#errorList(`<${this.localName}> could not be shown as asked:`, errors));
			this.#figure.replaceChildren(box);
		}

		#showNotice(errors: string[]) {
			this.#notice.hidden = !errors.length;
			this.#notice.replaceChildren(
				...(errors.length
					? [this.#errorList(`<${this.localName}> kept its figure as it was: an attribute could not be used.`, errors)]
					: [])
			);
		}

		#errorList(heading: string, errors: string[]) {
			const box = document.createDocumentFragment();
			const title = document.createElement('strong');
			title.textContent = heading;
			const list = document.createElement('ul');
			for (const message of errors) list.append(Object.assign(document.createElement('li'), { textContent: message }));
			box.append(title, list);
			return box;
		}
	}

	// each parameter is also a property of the element (el.angle = 90); one named like a member every element has is
	// written with "Value" after it (el.blurValue), so as not to hide that member
	for (const name of stateNames)
		Object.defineProperty(ZoomWidget.prototype, elementProperty(name), {
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
