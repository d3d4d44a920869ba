// A widget's one source of truth: its slug, title, caption and parameter schema. URL state, custom-element
// attributes, the /embed/ docs table and the error messages all come from the spec.
import { BACKENDS, type BackendName } from '../../model/backends';

/** One parameter a reader or an embedding author can set. */
export interface Param<T> {
	default: T;
	/** reads a value; throws an Error whose message says what is wrong, in the reader's words */
	parse(text: string): T;
	/** writes a value the way parse reads it */
	format(value: T): string;
	/** what the docs table says the values are */
	doc: string;
}

export type Params<State> = { [K in keyof State]: Param<State[K]> };

export interface WidgetSpec<State extends object = object> {
	/** the address: /embed/<slug>/ and <zoom-<slug>> */
	slug: string;
	title: string;
	/** the one caption: under the article figure, the embed and the docs entry */
	caption: string;
	/** prefix of the figure's parameters in the article's address, e.g. "curves." */
	urlPrefix: string;
	params: Params<State>;
	/** parts an author may leave out with hide= */
	parts: readonly string[];
	/** a query string that shows the widget off, for the docs */
	example: string;
	/** whether it runs the trained network (loaded when the widget nears the viewport) */
	usesTrainedModel: boolean;
	/** the page of the site whose figure it is, below the site's root: '' for the notes, 'network/' for the network's
	 * page */
	home?: string;
}

/** The custom element's tag for a widget. */
export const elementName = (spec: { slug: string }) => `zoom-${spec.slug}`;

/**
 * Members every HTML element already has that a parameter may be named after: an element's property for such a
 * parameter is its name followed by "Value" (el.blurValue), so that el.blur() still takes the focus away. A browser
 * test checks that no other parameter's name is one.
 */
const ELEMENT_MEMBERS = ['blur', 'click', 'dir', 'focus', 'hidden', 'id', 'lang', 'slot', 'style', 'title'];

/** The custom element's property for a parameter (el.angle), where that name is free. */
export const elementProperty = (name: string) => (ELEMENT_MEMBERS.includes(name) ? `${name}Value` : name);

/** The id (and anchor) of a widget's figure in the article. */
export const figureId = (spec: { slug: string }) => `figure-${spec.slug}`;

/** A widget's caption: the one its build-time picture measured (where the picture carries one), else its spec's. */
export const captionOf = (spec: { caption: string }, snapshot: unknown): string =>
	snapshot && typeof snapshot === 'object' && typeof (snapshot as { caption?: unknown }).caption === 'string'
		? (snapshot as { caption: string }).caption
		: spec.caption;

/** Where a widget's figure is on the site, from the site's root (ending in "/"): its page and anchor. */
export const figureHref = (root: string, spec: { slug: string; home?: string }) =>
	`${root}${spec.home ?? ''}#${figureId(spec)}`;

/** light or dark fixes the figure's colours; auto follows the reader's device. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Whether a value is one of THEMES. */
export const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value);

/** What is wrong with a theme that is none of THEMES. */
export const themeError = (raw: unknown) => `theme must be one of ${THEMES.join(', ')} (got "${String(raw)}").`;

export interface EmbedParams<State> {
	state: State;
	hide: string[];
	backend: BackendName | null;
	theme: Theme;
}

/** What an embedding page may set besides the widget's own state. */
export const EMBED_OPTIONS = ['hide', 'backend', 'theme'] as const;

export interface Parsed<T> {
	value: T;
	errors: string[];
}

export const defaults = <State extends object>(spec: WidgetSpec<State>): State =>
	Object.fromEntries(Object.entries(spec.params).map(([k, p]) => [k, (p as Param<unknown>).default])) as State;

/** Reads a widget's parameters; unknown names and bad values become messages, never exceptions. */
export function parseParams<State extends object>(
	spec: WidgetSpec<State>,
	entries: Iterable<[string, string]>
): Parsed<EmbedParams<State>> {
	const value: EmbedParams<State> = { state: defaults(spec), hide: [], backend: null, theme: 'auto' };
	const errors: string[] = [];
	const params = spec.params as Record<string, Param<unknown>>;
	for (const [name, raw] of entries) {
		const text = raw.trim();
		if (name in params) {
			try {
				(value.state as Record<string, unknown>)[name] = params[name].parse(text);
			} catch (e) {
				errors.push(`${name} ${(e as Error).message} (got "${raw}").`);
			}
		} else if (name === 'hide') {
			for (const part of text
				.split(',')
				.map((p) => p.trim())
				.filter(Boolean)) {
				if (spec.parts.includes(part)) value.hide.push(part);
				else errors.push(`hide: there is no part called "${part}"; the parts are ${spec.parts.join(', ')}.`);
			}
		} else if (name === 'backend') {
			if ((BACKENDS as string[]).includes(text)) value.backend = text as BackendName;
			else errors.push(`backend must be one of ${BACKENDS.join(', ')} (got "${raw}").`);
		} else if (name === 'theme') {
			if (isTheme(text)) value.theme = text;
			else errors.push(themeError(raw));
		} else
			errors.push(
				`Unknown parameter "${name}". This widget takes ${[...Object.keys(params), ...EMBED_OPTIONS].join(', ')}.`
			);
	}
	return { value, errors };
}

/**
 * A widget's state with some parameters set by the page that embeds it (an element's property, a message
 * to a frame): values as the address writes them ("off") or as the state holds them (false). Unknown
 * names and bad values become messages and leave the state as it was.
 */
export function mergeState<State extends object>(
	spec: WidgetSpec<State>,
	current: State,
	incoming: unknown
): Parsed<State> {
	if (!incoming || typeof incoming !== 'object' || Array.isArray(incoming))
		return {
			value: current,
			errors: [
				`The state must be an object of parameters, like { ${Object.keys(spec.params)[0]}: ` +
					`… } (got ${JSON.stringify(incoming)}).`
			]
		};
	const params = spec.params as Record<string, Param<unknown>>;
	const text = (name: string, v: unknown) => {
		if (typeof v === 'string') return v;
		try {
			return params[name].format(v);
		} catch {
			return String(v);
		}
	};
	const entries = Object.entries(incoming).map(([name, v]): [string, string] => [
		name,
		name in params ? text(name, v) : String(v)
	]);
	const unknown = entries.filter(([name]) => !(name in params));
	const { value, errors } = parseParams(
		spec,
		entries.filter(([name]) => name in params)
	);
	const problems = [
		...unknown.map(
			([name]) => `Unknown parameter "${name}". This widget's state is ${Object.keys(params).join(', ')}.`
		),
		...errors
	];
	if (problems.length) return { value: current, errors: problems };
	const given = Object.fromEntries(entries.map(([name]) => [name, (value.state as Record<string, unknown>)[name]]));
	return { value: { ...current, ...given }, errors: [] };
}

/** The state as plain values, one per parameter: what a change event carries. */
export const stateOf = <State extends object>(spec: WidgetSpec<State>, state: State): State =>
	Object.fromEntries(Object.keys(spec.params).map((name) => [name, (state as Record<string, unknown>)[name]])) as State;

/** The state as query parameters, leaving out what equals the default. */
export function stateParams<State extends object>(
	spec: WidgetSpec<State>,
	state: State,
	prefix = ''
): [string, string][] {
	const out: [string, string][] = [];
	for (const [name, param] of Object.entries(spec.params) as [string, Param<unknown>][]) {
		const text = param.format((state as Record<string, unknown>)[name]);
		if (text !== param.format(param.default)) out.push([`${prefix}${name}`, text]);
	}
	return out;
}

/** The entries of `search` that start with `prefix`, with the prefix removed. */
export function prefixed(search: URLSearchParams, prefix: string): [string, string][] {
	return [...search].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]);
}

/** The docs table's rows: every parameter, then hide, backend and theme. */
export function docRows(spec: WidgetSpec): { name: string; values: string; default: string }[] {
	return [
		...Object.entries(spec.params as Record<string, Param<unknown>>).map(([name, p]) => ({
			name,
			values:
				elementProperty(name) === name
					? p.doc
					: `${p.doc} (the element’s property is ${elementProperty(name)}: every element already has a ${name})`,
			default: p.format(p.default) || 'none'
		})),
		{ name: 'hide', values: `parts to leave out, comma-separated: ${spec.parts.join(', ')}`, default: 'none' },
		{
			name: 'backend',
			values: `${BACKENDS.join(', ')}: the TensorFlow.js backend to try first`,
			default: 'chosen for the device'
		},
		{ name: 'theme', values: 'light or dark fixes the colours; auto follows the reader’s device', default: 'auto' }
	];
}

// Parameter kinds shared by the widgets.

const ON = ['on', 'true', '1', 'yes'];
const OFF = ['off', 'false', '0', 'no'];

export const angleParam = (fallback: number, doc: string): Param<number> => ({
	default: fallback,
	parse(text) {
		const angle = Number(text);
		if (text === '' || !Number.isFinite(angle)) throw new Error('must be a number of degrees, like 45');
		return Math.round((((angle % 360) + 360) % 360) * 1) % 360;
	},
	format: (v) => String(Math.round(v)),
	doc
});

export const integerParam = (fallback: number, min: number, max: number, doc: string, unit = ''): Param<number> => ({
	default: fallback,
	parse(text) {
		const n = Number(text);
		if (text === '' || !Number.isInteger(n) || n < min || n > max)
			throw new Error(`must be a whole number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`);
		return n;
	},
	format: String,
	doc
});

export const switchParam = (fallback: boolean, doc: string): Param<boolean> => ({
	default: fallback,
	parse(text) {
		const word = text.toLowerCase();
		if (ON.includes(word)) return true;
		if (OFF.includes(word)) return false;
		throw new Error('must be "on" or "off"');
	},
	format: (v) => (v ? 'on' : 'off'),
	doc
});

export const choiceParam = <T extends string>(fallback: T, choices: readonly T[], doc: string): Param<T> => ({
	default: fallback,
	parse(text) {
		if ((choices as readonly string[]).includes(text)) return text as T;
		throw new Error(`must be one of ${choices.join(', ')}`);
	},
	format: (v) => v,
	doc
});

/** A number from `min` to `max` in steps of `step` (values between are rounded to the nearest step). */
export const numberParam = (
	fallback: number,
	min: number,
	max: number,
	step: number,
	doc: string,
	unit = ''
): Param<number> => ({
	default: fallback,
	parse(text) {
		const n = Number(text);
		if (text === '' || !Number.isFinite(n) || n < min || n > max)
			throw new Error(`must be a number${unit ? ` of ${unit}` : ''} from ${min} to ${max}`);
		return Math.round(n / step) * step;
	},
	format: String,
	doc
});

/** A unit of a family, by its number in the layer, or "leader": the one responding most. */
export const unitParam = (doc: string): Param<number | null> => ({
	default: null,
	parse(text) {
		if (text === 'leader') return null;
		const n = Number(text);
		if (text === '' || !Number.isInteger(n) || n < 0)
			throw new Error('must be the number of a unit of the family, like 12, or "leader"');
		return n;
	},
	format: (v) => (v === null ? 'leader' : String(v)),
	doc
});
