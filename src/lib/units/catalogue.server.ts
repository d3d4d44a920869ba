// Every unit of the article's network that has a page (the mixed blocks), with what the atlas says of it.
import { readFileSync } from 'node:fs';
import { ARGUMENTS_FILE, MODEL_NAME } from '../model/models';
import { argumentsByUnit, type ArgumentsFile, type UnitArgumentsRecord } from '../atlas/arguments';
import { readAtlas, readExamples } from '../analysis/atlas-files';
import type { Atlas } from '../atlas/schema';
import type { ExamplesFile } from '../analysis/examples';
import { readGallery, type GalleryFile } from '../analysis/gallery';
import { readViews, type Views } from '../analysis/views';
import { formatNumber } from '../config';
import { familyStrengths, LABEL_SHARE, neverFires, type LabelledFamily, type Strength } from '../analysis/labels';
import { allUnitsOf } from './order';
import { ONE_WAY } from '../analysis/criteria';
import { unitName } from '../unit';

export interface UnitFamily {
	/** what the atlas found it to be, in words, with how strongly where the family's label has a strength */
	label: string;
	/** what its tuning curve's heading calls it */
	name?: string;
	/** its answer to the family's stimulus against its best held-out scene, and whether the label holds */
	strength?: Strength;
	/** its tuning curve, where the family has one */
	tuning?: { angles: number[]; values: number[]; preferredAngle: number; stimulus: string };
}

/**
 * Read once per build, not once per page: the atlas, the examples, the gallery and every unit's views,
 * with what the atlas says of each unit.
 */
let cached: {
	atlas: Atlas;
	examples: ExamplesFile;
	gallery: GalleryFile | null;
	views: Views | null;
	layers: { name: string; units: number }[];
	families: Map<string, UnitFamily[]>;
	/** the seven arguments, for the units of the curve families they were measured on */
	sevenArguments: Map<string, UnitArgumentsRecord>;
} | null = null;

export function catalogue() {
	if (cached) return cached;
	const atlas = readAtlas(MODEL_NAME);
	const examples = readExamples(MODEL_NAME);
	const families = new Map<string, UnitFamily[]>();
	const add = (name: string, family: UnitFamily) => families.set(name, [...(families.get(name) ?? []), family]);
	const strengths = familyStrengths(atlas, examples);
	const strengthOf = (name: string, family: LabelledFamily) => strengths.get(name)?.find((s) => s.family === family);
	const tuned = (
		f: Atlas['curves'] | Atlas['earlyCurves'] | Atlas['highLow'],
		kind: LabelledFamily,
		stimulus: string
	) => {
		for (const u of f.units) {
			const strength = strengthOf(u.name, kind)!;
			add(u.name, {
				...labelled(kind, strength),
				strength,
				tuning: { angles: f.angles, values: u.tuning, preferredAngle: u.preferredAngle, stimulus }
			});
		}
	};
	tuned(atlas.curves, 'curve', `curves of radius ${atlas.stimuli.curveRadius} px`);
	tuned(atlas.earlyCurves, 'early curve', `curves of radius ${atlas.stimuli.curveRadius} px`);
	for (const u of atlas.curves.untuned) {
		const why = [
			...(u.reasons.includes('second lobe') ? [`a second lobe at ${formatNumber(u.secondLobe ?? 0)} of its peak`] : []),
			...(u.reasons.includes('moves on evaluation')
				? [`its angle kept in only ${Math.round(u.withinAngle * 100)}% of the evaluation conditions`]
				: [])
		];
		const tuning = {
			angles: atlas.curves.angles,
			values: u.tuning,
			preferredAngle: u.preferredAngle,
			stimulus: `curves of radius ${atlas.stimuli.curveRadius} px`
		};
		add(u.name, {
			label: `curve-sensitive, not tuned (peaks at {angle}; ${why.join(', ')}): not a member of the curve family`,
			name: 'a curve-sensitive unit',
			tuning
		});
	}
	tuned(atlas.highLow, 'high-low', 'boundaries between blurred and sharp texture');
	const h = atlas.heads;
	for (const [unit, side] of [
		[h.left, 'left'],
		[h.right, 'right']
	] as const) {
		const strength = strengthOf(unit.name, 'dog head')!;
		const share = `heads facing ${side} give ${formatNumber(strength.share)} of its best held-out scene`;
		add(unit.name, {
			label: strength.labelled
				? `${side}-facing dog-head unit (${share})`
				: `prefers dog heads facing ${side}, but weakly: ${share} (the label needs ${LABEL_SHARE})`,
			strength
		});
	}
	const union = strengthOf(h.union.name, 'dog head')!;
	add(h.union.name, {
		label: `dog head, either way (the union; heads give ${formatNumber(union.share)} of its best held-out scene)`,
		strength: union
	});
	for (const u of h.sources.left) add(u.name, { label: 'feeds the dog-head circuit: prefers heads facing left' });
	for (const u of h.sources.right) add(u.name, { label: 'feeds the dog-head circuit: prefers heads facing right' });
	add(atlas.polysemantic.name, { label: 'the most polysemantic unit' });
	for (const u of atlas.polysemantic.setAside)
		add(u.name, {
			label:
				u.oneWay >= ONE_WAY
					? `answers many classes, but one feature: where it fires most, an edge with the shape ${u.shapeSide}`
					: `answers many classes, but where it fires most it sees ${u.commonest.name} in ${u.commonest.count} of ${atlas.polysemantic.top.length} scenes`
		});
	const argued = JSON.parse(readFileSync(ARGUMENTS_FILE, 'utf8')) as ArgumentsFile;
	for (const f of argued.families.filter((f) => f.role === 'paper'))
		for (const u of f.units)
			add(u.name, {
				label:
					u.peakShare >= LABEL_SHARE
						? `a unit of the curve family in the paper's layer (${f.layer}, curves of radius ${f.radius} px), ` +
							`peaking at ${u.preferredAngle}°: its best curve gives ${formatNumber(u.peakShare)} of its best held-out scene`
						: `in the curve family of the paper's layer (${f.layer}, curves of radius ${f.radius} px) by its tuning, ` +
							`peaking at ${u.preferredAngle}°, but weak: its best curve gives ${formatNumber(u.peakShare)} of its best ` +
							`held-out scene, under the ${LABEL_SHARE} a curve detector's name needs`
			});
	for (const [name, list] of families) {
		const held = [...new Set(list.filter((f) => f.strength?.labelled).map((f) => f.strength!.family))];
		if (held.length > 1) add(name, { label: `answers more than one family: ${held.join(' and ')}` });
	}
	for (const { layer, unit } of allUnitsOf(examples))
		if (neverFires(examples, { layer, unit }))
			add(unitName({ layer, unit }), {
				label: `never fires in the world: 0 on every one of the ${examples.scenes.toLocaleString('en-GB')} held-out scenes searched (a picture grown for it may still move it)`
			});
	for (const list of families.values())
		for (const f of list) if (f.tuning) f.label = f.label.replace('{angle}', `${f.tuning.preferredAngle}°`);
	const layers = Object.entries(examples.layers).map(([name, { units }]) => ({ name, units: units.length }));
	cached = {
		atlas,
		examples,
		gallery: readGallery(MODEL_NAME),
		views: readViews(MODEL_NAME),
		layers,
		families,
		sevenArguments: argumentsByUnit(argued)
	};
	return cached;
}

/** The units in page order: layer by layer, unit by unit. */
export const allUnits = () => allUnitsOf(catalogue().examples);

/** A family's label: its name, and its strength said, with why it does not hold where it does not. */
function labelled(kind: LabelledFamily, s: Strength): { label: string; name: string } {
	const share = `${formatNumber(s.share)} of its best held-out scene`;
	if (kind === 'curve')
		return s.labelled
			? {
					label: `curve detector, prefers curves opening towards {angle} (its best curve: ${share})`,
					name: 'a curve detector'
				}
			: {
					label: `in the curve family by its tuning (curves opening towards {angle}), but weak: its best curve gives ${share}, under the ${LABEL_SHARE} a curve detector's name needs`,
					name: 'a curve-tuned unit'
				};
	if (kind === 'early curve')
		return s.labelled
			? {
					label: `early curve detector (feeds the curve family; its best curve: ${share})`,
					name: 'an early curve detector'
				}
			: {
					label: `among the early curves by its tuning, but weak: its best curve gives ${share}, under the ${LABEL_SHARE} an early curve detector's name needs`,
					name: 'an early curve unit'
				};
	const edge = s.plainEdge !== undefined && s.boundary !== undefined && s.plainEdge >= s.boundary;
	if (kind === 'high-low')
		return s.labelled
			? {
					label: `high-low frequency detector (its best boundary: ${share}; above a plain edge of the same contrast)`,
					name: 'a high-low frequency detector'
				}
			: {
					label:
						`answers blurred–sharp boundaries at {angle}, but ` +
						[
							...(s.share < LABEL_SHARE ? [`weakly (${share}; the label needs ${LABEL_SHARE})`] : []),
							...(edge
								? [
										`a plain edge of the same contrast more (${formatNumber(s.plainEdge! / Math.max(1e-9, s.boundary!))}×)`
									]
								: [])
						].join(', and ') +
						': it is not named for them',
					name: 'a unit tuned to blurred–sharp boundaries'
				};
	return { label: kind, name: kind };
}
