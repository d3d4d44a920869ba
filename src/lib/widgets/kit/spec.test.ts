import { describe, expect, it } from 'vitest';
import { docRows, mergeState, parseParams, prefixed, stateOf, stateParams } from './spec';
import { spec } from '../curve-detectors/spec';
import { spec as highLowSpec } from '../high-low/spec';

const parse = (entries: [string, string][]) => parseParams(spec, entries);

describe('widget parameters, read from a spec', () => {
	it.each([
		{ name: 'nothing gives the defaults', args: [], expected: { angle: 20, radius: 16, inhibition: true } },
		{ name: 'angles wrap round', args: [['angle', '-90']], expected: { angle: 270, radius: 16, inhibition: true } },
		{
			name: 'off and on words',
			args: [
				['inhibition', 'OFF'],
				['radius', '30']
			],
			expected: { angle: 20, radius: 30, inhibition: false }
		}
	] as { name: string; args: [string, string][]; expected: object }[])('$name', ({ args, expected }) => {
		const { value, errors } = parse(args);
		expect(errors).toEqual([]);
		expect(value.state).toEqual(expected);
	});

	it.each([
		{
			name: 'a word for an angle',
			args: [['angle', 'north']],
			expected: /angle must be a number of degrees, like 45 \(got "north"\)/
		},
		{ name: 'an empty angle', args: [['angle', '']], expected: /angle must be a number/ },
		{
			name: 'a radius out of range',
			args: [['radius', '99']],
			expected: /radius must be a whole number of pixels from 8 to 40/
		},
		{ name: 'a fractional radius', args: [['radius', '12.5']], expected: /radius must be a whole number/ },
		{ name: 'a maybe', args: [['inhibition', 'maybe']], expected: /inhibition must be "on" or "off"/ },
		{ name: 'an unknown part', args: [['hide', 'caption,legend']], expected: /no part called "legend"/ },
		{ name: 'an unknown backend', args: [['backend', 'gpu']], expected: /backend must be one of webgl, wasm, cpu/ },
		{
			name: 'an unknown theme',
			args: [['theme', 'sepia']],
			expected: /theme must be one of auto, light, dark \(got "sepia"\)/
		},
		{
			name: 'an unknown name',
			args: [['colour', 'red']],
			expected: new RegExp(
				'Unknown parameter "colour". This widget takes angle, radius, inhibition, hide and backend|' +
					'Unknown parameter "colour"'
			)
		}
	] as { name: string; args: [string, string][]; expected: RegExp }[])(
		'$name is refused with a message',
		({ args, expected }) => {
			const { errors } = parse(args);
			expect(errors).toHaveLength(1);
			expect(errors[0]).toMatch(expected);
		}
	);

	it('hides the parts asked for', () => {
		expect(parse([['hide', 'caption, radius']]).value.hide).toEqual(['caption', 'radius']);
	});

	it('writes only what differs from the default, and reads it back', () => {
		const params = stateParams(spec, { angle: 135, radius: 16, inhibition: false }, 'curves.');
		expect(params).toEqual([
			['curves.angle', '135'],
			['curves.inhibition', 'off']
		]);
		const search = new URLSearchParams(params);
		search.append('other', 'x');
		expect(parse(prefixed(search, 'curves.')).value.state).toEqual({ angle: 135, radius: 16, inhibition: false });
	});

	it('documents every parameter, with hide and backend', () => {
		expect(docRows(spec).map((r) => r.name)).toEqual(['angle', 'radius', 'inhibition', 'hide', 'backend', 'theme']);
		expect(docRows(spec).find((r) => r.name === 'radius')!.default).toBe('16');
	});

	it('reads the high-low widget’s blur to its step and names its kinds in the message', () => {
		const read = (entries: [string, string][]) => parseParams(highLowSpec, entries);
		expect(read([['blur', '1.3']]).value.state.blur).toBe(1.25);
		expect(read([['blur', '-1']]).errors.join(' ')).toContain('blur must be a number of pixels from 0 to 4');
		expect(read([['kind', 'ripple']]).errors.join(' ')).toContain(
			'must be one of high-low, swapped, edge-dark, edge-light'
		);
		expect(read([['unit', 'leader']]).value.state.unit).toBeNull();
	});

	it('reads the theme an embedding page asks for, auto by default', () => {
		expect(parse([]).value.theme).toBe('auto');
		expect(parse([['theme', 'dark']]).value.theme).toBe('dark');
	});
});

describe('state set by the page that embeds a widget', () => {
	const current = { angle: 20, radius: 16, inhibition: true };
	it.each([
		{
			name: 'values as the state holds them',
			args: { angle: 90, inhibition: false },
			expected: { angle: 90, radius: 16, inhibition: false }
		},
		{
			name: 'values as the address writes them',
			args: { angle: '450', inhibition: 'off' },
			expected: { angle: 90, radius: 16, inhibition: false }
		},
		{ name: 'nothing', args: {}, expected: current }
	])('takes $name', ({ args, expected }) => {
		expect(mergeState(spec, current, args)).toEqual({ value: expected, errors: [] });
	});
	it.each([
		{
			name: 'an unknown name',
			args: { glow: 1 },
			expected: /Unknown parameter "glow". This widget's state is angle, radius, inhibition/
		},
		{
			name: 'a bad value',
			args: { angle: 90, radius: 99 },
			expected: /radius must be a whole number of pixels from 8 to 40 \(got "99"\)/
		},
		{ name: 'not an object', args: 'angle=90', expected: /The state must be an object of parameters/ }
	])('refuses $name and keeps the state as it was', ({ args, expected }) => {
		const { value, errors } = mergeState(spec, current, args);
		expect(value).toBe(current);
		expect(errors.join(' ')).toMatch(expected);
	});
	it('reports the state as one plain value per parameter', () => {
		expect(stateOf(spec, { ...current, extra: 1 } as typeof current)).toEqual(current);
	});
});

describe('the feature-visualization widget’s unit', () => {
	it('takes a unit of the network, or the curve family’s strongest', async () => {
		const { spec: visSpec } = await import('../feature-vis/spec');
		expect(parseParams(visSpec, [['unit', 'mixed3b:12']]).value.state.unit).toBe('mixed3b:12');
		expect(parseParams(visSpec, [['unit', 'curve']]).errors).toEqual([]);
	});
	it.each([
		{ name: 'a block the network lacks', args: 'mixed9z:999' },
		{ name: 'a unit past the end of its block', args: 'mixed3a:5000' },
		{ name: 'no unit at all', args: 'mixed3b' }
	])('refuses $name with the documented message, naming the blocks', async ({ args }) => {
		const { spec: visSpec } = await import('../feature-vis/spec');
		const { errors } = parseParams(visSpec, [['unit', args]]);
		expect(errors).toHaveLength(1);
		const start = 'unit must name a unit of the network as the paper writes them, like mixed3b:12, or be "curve"; ';
		expect(errors[0].startsWith(start)).toBe(true);
		expect(errors[0].slice(start.length)).toMatch(/^its blocks are mixed3a \(units 0 to \d+\), mixed3b/);
	});
});
