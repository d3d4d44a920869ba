// The feature visualizations shown before a reader runs one (in the article, on unit pages, without
// JavaScript): the curve family in order of preferred angle, the dog-head units and the most
// polysemantic unit, each grown with the live widget's own settings, so that "Run" grows the same
// picture. Each curve unit is also drawn as one stroke of ink, and for both pictures the gallery records
// which unit of the family answers it most. The head units and the polysemantic unit also get several pictures
// at once, pushed apart. (Every unit's four views are grown side by side by npm run views: analysis/views.ts.)
import { unitFeatureVisPath, unitName, unitPicturePath, type UnitRef } from '../unit';
import { DIVERSITY, featureVis, VIS_DEFAULTS, type BuiltPicture, type FeatureVisOptions } from '../model/featurevis';
import type { Model } from '../model/types';
import { centreCell, probe } from '../measure/probe';
import { SELECTION_STROKE } from '../measure/curve-stimuli';
import type { Atlas } from '../atlas/schema';
import type { Tf } from './common';
import type { ExamplesFile } from './examples';
import { existsSync, readFileSync } from 'node:fs';
import { modelDir } from '../model/models';
import { arcAgrees, arcAngle, arcTemplates } from './arc';
import { pngDataUrl } from '../world/png.server';

export interface GalleryEntry extends UnitRef {
	name: string;
	/** the unit's activation (after its ReLU, at the centre) on the finished picture */
	activation: number;
	/** its activation on the held-out scene that excites it most */
	best: number;
	/** for a curve unit: the family's unit that answers the picture most, at the same cell */
	familyLeader?: number;
	/** size² RGB bytes, base64 */
	pixels: string;
	/**
	 * for a curve unit: its picture drawn as one stroke of ink (the widget's "one stroke"), what the unit gave it,
	 * and the family's unit that answers it most
	 */
	stroke?: { activation: number; pixels: string; familyLeader: number };
	/** for the head units and the polysemantic unit: several pictures grown at once, pushed apart */
	several?: { diversity: number; pictures: { activation: number; pixels: string }[] };
}

export interface GalleryFile {
	model: string;
	size: number;
	steps: number;
	seed: number;
	objective: 'neuron';
	sign: 'positive';
	entries: GalleryEntry[];
}

/** The units the gallery holds: the curve family by preferred angle, then the head units and the polysemantic unit. */
export function galleryUnits(atlas: Atlas): UnitRef[] {
	const curves = [...atlas.curves.units].sort((a, b) => a.preferredAngle - b.preferredAngle);
	const others = [atlas.heads.left, atlas.heads.right, atlas.heads.union, atlas.polysemantic];
	const seen = new Set<string>();
	return [...curves, ...others]
		.map(({ layer, unit }) => ({ layer, unit }))
		.filter((ref) => !seen.has(unitName(ref)) && seen.add(unitName(ref)));
}

const bytes = (image: Float32Array) =>
	Buffer.from(image.map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255))).toString('base64');

export function renderGallery(
	tf: Tf,
	model: Model,
	atlas: Atlas,
	examples: ExamplesFile,
	colour: number[][],
	log: (line: string) => void = () => {}
): GalleryFile {
	const p = probe(tf, model);
	const family = atlas.curves.units.map((u) => u.unit);
	const severalFor = new Set(
		[atlas.heads.left, atlas.heads.right, atlas.heads.union, atlas.polysemantic].map((u) => u.name)
	);
	const entries = galleryUnits(atlas).map(({ layer, unit }) => {
		const started = Date.now();
		const grow = (more: Pick<FeatureVisOptions, 'count' | 'diversity' | 'draw' | 'stroke'> = {}) => {
			const run = featureVis(tf, model, {
				layer,
				unit,
				objective: 'neuron',
				sign: 1,
				seed: VIS_DEFAULTS.seed,
				colour,
				...more
			});
			run.step(VIS_DEFAULTS.steps);
			const grown = { images: run.images(), activations: run.activations() };
			run.dispose();
			return grown;
		};
		const one = grow();
		const image = one.images[0];
		const name = unitName({ layer, unit });
		const several = severalFor.has(name) ? grow({ count: DIVERSITY.several, diversity: DIVERSITY.weight }) : null;
		const entry: GalleryEntry = {
			layer,
			unit,
			name,
			activation: one.activations[0],
			best: examples.layers[layer].units[unit][0]?.activation ?? 0,
			pixels: bytes(image),
			...(several
				? {
						several: {
							diversity: DIVERSITY.weight,
							pictures: several.images.map((im, k) => ({ activation: several.activations[k], pixels: bytes(im) }))
						}
					}
				: {})
		};
		if (layer === atlas.curves.layer && family.includes(unit)) {
			const leaderOf = (picture: Float32Array) => {
				const row = p.read([picture], layer, centreCell(examples.layers[layer].mapSize).cell)[0];
				return family.reduce((a, b) => (row[b] > row[a] ? b : a));
			};
			entry.familyLeader = leaderOf(image);
			const stroke = grow({ draw: 'stroke', stroke: SELECTION_STROKE });
			entry.stroke = {
				activation: stroke.activations[0],
				pixels: bytes(stroke.images[0]),
				familyLeader: leaderOf(stroke.images[0])
			};
		}
		log(
			`${entry.name}: ${entry.activation.toFixed(2)} (best scene ${entry.best.toFixed(2)}) ` +
				`in ${((Date.now() - started) / 1000).toFixed(0)} s`
		);
		return entry;
	});
	return {
		model: atlas.model,
		size: model.architecture.input.size,
		steps: VIS_DEFAULTS.steps,
		seed: VIS_DEFAULTS.seed,
		objective: 'neuron',
		sign: 'positive',
		entries
	};
}

/** An entry's picture (or any of its pictures) as RGB floats in [0, 1]. */
export const galleryImage = (entry: { pixels: string }) =>
	Float32Array.from(Buffer.from(entry.pixels, 'base64'), (b) => b / 255);

/**
 * How a curve unit's picture is read by its family: the leader is the unit itself, or a neighbour in preferred angle.
 */
export function leaderDistance(atlas: Atlas, entry: { unit: number; familyLeader?: number }): number | null {
	if (entry.familyLeader === undefined) return null;
	const order = [...atlas.curves.units].sort((a, b) => a.preferredAngle - b.preferredAngle).map((u) => u.unit);
	const d = Math.abs(order.indexOf(entry.familyLeader) - order.indexOf(entry.unit));
	return Math.min(d, order.length - d);
}

/**
 * A curve unit's picture drawn as one stroke, with the file the site serves it as (below the unit's views/);
 * none for other units.
 */
export const strokePicture = (entry: GalleryEntry) =>
	entry.stroke
		? {
				file: STROKE_FILE,
				pixels: entry.stroke.pixels,
				activation: entry.stroke.activation,
				label: 'one stroke of ink'
			}
		: null;

const STROKE_FILE = 'stroke.png';

/** An entry's several pictures, each with the file the site serves it as (below the unit's views/). */
export function severalPictures(
	entry: GalleryEntry
): { file: string; pixels: string; activation: number; label: string }[] {
	return (entry.several?.pictures ?? []).map((p, k) => ({
		file: `several-${k + 1}.png`,
		pixels: p.pixels,
		activation: p.activation,
		label: `picture ${k + 1} of ${entry.several!.pictures.length}`
	}));
}

/** A gallery picture as pages show it: where it is served, with what the unit gave it. */
export interface GalleryPicture {
	name: string;
	/** below the site's base path */
	path: string;
	activation: number;
	best: number;
	/**
	 * for a curve unit: its preferred angle, and how far
	 * (in steps along the family) the unit answering its picture most is
	 */
	preferredAngle?: number;
	leaderDistance?: number | null;
	/**
	 * for a curve unit: the angle of the selection curve its picture's darkness matches best,
	 * and whether that is within ARC_AGREES of its preferred angle
	 */
	arc?: number;
	arcAgrees?: boolean;
	/** for a curve unit: the same for its picture drawn as one stroke */
	stroke?: { path: string; activation: number; leaderDistance: number | null; arc: number; arcAgrees: boolean };
}

export interface GallerySummary {
	steps: number;
	seed: number;
	pictures: GalleryPicture[];
}

/** A network's gallery file, or null where it has none. */
export function readGallery(name: string): GalleryFile | null {
	const path = `${modelDir(name)}/gallery.json`;
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as GalleryFile) : null;
}

/** `mapSize`: the curve layer's map, whose centre cell the pictures' arcs are read at. */
export function gallerySummary(atlas: Atlas, gallery: GalleryFile | null, mapSize: number): GallerySummary | null {
	if (!gallery) return null;
	const angles = new Map(atlas.curves.units.map((u) => [u.name, u.preferredAngle]));
	const templates = arcTemplates(atlas.curves.angles, atlas.stimuli.curveRadius, centreCell(mapSize).shift);
	const arcOf = (e: { pixels: string }, preferred: number) => {
		const arc = arcAngle(galleryImage(e), atlas.curves.angles, templates);
		return { arc, arcAgrees: arcAgrees(arc, preferred) };
	};
	const strokeOf = (e: GalleryEntry, preferred: number) =>
		e.stroke
			? {
					stroke: {
						path: unitPicturePath(e, STROKE_FILE),
						activation: e.stroke.activation,
						leaderDistance: leaderDistance(atlas, { unit: e.unit, familyLeader: e.stroke.familyLeader }),
						...arcOf(e.stroke, preferred)
					}
				}
			: {};
	return {
		steps: gallery.steps,
		seed: gallery.seed,
		pictures: gallery.entries.map((e) => ({
			name: e.name,
			path: unitFeatureVisPath(e),
			activation: e.activation,
			best: e.best,
			...(angles.has(e.name)
				? {
						preferredAngle: angles.get(e.name),
						leaderDistance: leaderDistance(atlas, e),
						...arcOf(e, angles.get(e.name)!),
						...strokeOf(e, angles.get(e.name)!)
					}
				: {})
		}))
	};
}

/**
 * A unit's picture from the gallery, as the feature-visualization widget shows it before a run
 * (as waves, or as one stroke); null where the gallery has none.
 */
export function builtPicture(
	gallery: GalleryFile | null,
	layer: string,
	unit: number,
	draw: 'waves' | 'stroke' = 'waves'
): BuiltPicture | null {
	const entry = gallery?.entries.find((e) => e.layer === layer && e.unit === unit);
	const picture = draw === 'stroke' ? entry?.stroke : entry;
	return gallery && picture
		? {
				src: pngDataUrl(galleryImage(picture), gallery.size),
				steps: gallery.steps,
				seed: gallery.seed,
				activation: picture.activation
			}
		: null;
}
