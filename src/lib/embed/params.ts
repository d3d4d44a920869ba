// Widget parameters as they arrive from a query string or element attributes: checked, with a clear
// message for anything wrong, and written back the same way for shareable links.
import { defaultState, RADIUS_RANGE, type CurveDetectorsState } from '../widgets/curve-detectors';
import { wrap360 } from '../world/geometry';
import { BACKENDS, type BackendName } from '../model/backends';

/** Parts of the curve widget an author may hide. */
export const CURVE_PARTS = ['caption', 'stimulus', 'angle', 'radius', 'tuning', 'bars', 'inhibition', 'echo', 'description'] as const;
export type CurvePart = (typeof CURVE_PARTS)[number];

export interface CurveDetectorsParams {
	state: CurveDetectorsState;
	hide: CurvePart[];
	backend: BackendName | null;
}

export interface Parsed<T> {
	value: T;
	errors: string[];
}

const ON = ['on', 'true', '1', 'yes'];
const OFF = ['off', 'false', '0', 'no'];

/** Reads the curve widget's parameters; unknown names and bad values become messages, never exceptions. */
export function parseCurveParams(entries: Iterable<[string, string]>): Parsed<CurveDetectorsParams> {
	const value: CurveDetectorsParams = { state: { ...defaultState }, hide: [], backend: null };
	const errors: string[] = [];
	for (const [name, raw] of entries) {
		const text = raw.trim();
		switch (name) {
			case 'angle': {
				const angle = Number(text);
				if (text === '' || !Number.isFinite(angle)) errors.push(`angle must be a number of degrees, like 45 (got "${raw}").`);
				else value.state.angle = Math.round(wrap360(angle));
				break;
			}
			case 'radius': {
				const radius = Number(text);
				if (text === '' || !Number.isInteger(radius) || radius < RADIUS_RANGE.min || radius > RADIUS_RANGE.max)
					errors.push(`radius must be a whole number of pixels from ${RADIUS_RANGE.min} to ${RADIUS_RANGE.max} (got "${raw}").`);
				else value.state.radius = radius;
				break;
			}
			case 'inhibition': {
				const word = text.toLowerCase();
				if (ON.includes(word)) value.state.inhibition = true;
				else if (OFF.includes(word)) value.state.inhibition = false;
				else errors.push(`inhibition must be "on" or "off" (got "${raw}").`);
				break;
			}
			case 'hide': {
				for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
					if ((CURVE_PARTS as readonly string[]).includes(part)) value.hide.push(part as CurvePart);
					else errors.push(`hide: there is no part called "${part}"; the parts are ${CURVE_PARTS.join(', ')}.`);
				}
				break;
			}
			case 'backend': {
				if ((BACKENDS as string[]).includes(text)) value.backend = text as BackendName;
				else errors.push(`backend must be one of ${BACKENDS.join(', ')} (got "${raw}").`);
				break;
			}
			default:
				errors.push(`Unknown parameter "${name}". This widget takes angle, radius, inhibition, hide and backend.`);
		}
	}
	return { value, errors };
}

/** The state as query parameters, leaving out what equals the default. */
export function curveStateParams(state: CurveDetectorsState, prefix = ''): [string, string][] {
	const out: [string, string][] = [];
	if (state.angle !== defaultState.angle) out.push([`${prefix}angle`, String(Math.round(state.angle))]);
	if (state.radius !== defaultState.radius) out.push([`${prefix}radius`, String(state.radius)]);
	if (state.inhibition !== defaultState.inhibition) out.push([`${prefix}inhibition`, state.inhibition ? 'on' : 'off']);
	return out;
}

/** The entries of `search` that start with `prefix`, with the prefix removed. */
export function prefixed(search: URLSearchParams, prefix: string): [string, string][] {
	return [...search].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]);
}
