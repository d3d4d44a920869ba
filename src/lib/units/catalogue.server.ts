// Every unit of the article's network that has a page (the mixed blocks), with what the atlas says of it.
import { MODEL_NAME } from '../model/models';
import { readAtlas, readExamples } from '../analysis/atlas-files';
import type { Atlas } from '../atlas/schema';
import type { ExamplesFile } from '../analysis/examples';
import { readGallery, type GalleryFile } from '../analysis/gallery';
import { readViews, type Views } from '../analysis/views';
import { formatNumber } from '../config';

export interface UnitFamily {
	/** what the atlas found it to be, in words */
	label: string;
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
} | null = null;

export function catalogue() {
	if (cached) return cached;
	const atlas = readAtlas(MODEL_NAME);
	const examples = readExamples(MODEL_NAME);
	const families = new Map<string, UnitFamily[]>();
	const add = (name: string, family: UnitFamily) => families.set(name, [...(families.get(name) ?? []), family]);
	const tuned = (f: Atlas['curves'] | Atlas['earlyCurves'] | Atlas['highLow'], label: string, stimulus: string) => {
		for (const u of f.units)
			add(u.name, {
				label,
				tuning: { angles: f.angles, values: u.tuning, preferredAngle: u.preferredAngle, stimulus }
			});
	};
	tuned(
		atlas.curves,
		`curve detector, prefers curves opening towards ${'{angle}'}`,
		`curves of radius ${atlas.stimuli.curveRadius} px`
	);
	tuned(
		atlas.earlyCurves,
		'early curve detector (feeds the curve family)',
		`curves of radius ${atlas.stimuli.curveRadius} px`
	);
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
			tuning
		});
	}
	tuned(atlas.highLow, 'high-low frequency detector', 'boundaries between blurred and sharp texture');
	const h = atlas.heads;
	add(h.left.name, { label: 'left-facing dog-head unit' });
	add(h.right.name, { label: 'right-facing dog-head unit' });
	add(h.union.name, { label: 'dog head, either way (the union)' });
	for (const u of h.sources.left) add(u.name, { label: 'feeds the dog-head circuit: prefers heads facing left' });
	for (const u of h.sources.right) add(u.name, { label: 'feeds the dog-head circuit: prefers heads facing right' });
	add(atlas.polysemantic.name, { label: 'the most polysemantic unit' });
	for (const list of families.values())
		for (const f of list) if (f.tuning) f.label = f.label.replace('{angle}', `${f.tuning.preferredAngle}°`);
	const layers = Object.entries(examples.layers).map(([name, { units }]) => ({ name, units: units.length }));
	cached = { atlas, examples, gallery: readGallery(MODEL_NAME), views: readViews(MODEL_NAME), layers, families };
	return cached;
}

/** The units in page order: layer by layer, unit by unit. */
export function allUnits() {
	return catalogue().layers.flatMap((l) => Array.from({ length: l.units }, (_, unit) => ({ layer: l.name, unit })));
}
