// The sentences the figures write from what the analysis measured (and what the gallery grew) when the site
// was built: prose, with the numbers spliced in, written here a phrase a line.
import type { AtlasSummary } from '../analysis/summary';
import { formatNumber } from '../config';
import { sceneNoun } from '../world/classes';
import type { GalleryTally } from './captions';

const paragraph = (phrases: string[]) => phrases.join(' ');

/** What the network trained for this page learns to do, and how well. */
export function networkFacts(atlas: AtlasSummary): string {
	const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
	return paragraph([
		`The network learns to name the class of a 64 × 64 scene: ${atlas.classes.map((c) => sceneNoun(c)).join(', ')}.`,
		"A dog's label does not say which way it faces, and a chimera is a dog's parts put together wrongly, so",
		'telling them apart needs to know how the parts face each other.',
		`It names ${percent(atlas.heldoutAccuracy)} of held-out scenes correctly, and`,
		`${percent(atlas.heldoutStyleAccuracy)} of dogs, cats and chimeras drawn in a style it never saw (longer`,
		'snouts, smaller heads, other coats).'
	]);
}

/** What the article's first word on its own network says: what it is, what it learned from, how well, its names. */
export interface NetworkIntroFacts {
	layers: { name: string; type: string }[];
	parameters: number;
	trainingScenes: number;
}

/**
 * The network trained for this page, met where the notes first use it: its shape beside InceptionV1's, its world,
 * its accuracy, and that its unit numbers are its own (`unit` is one of them, named as the pages name it).
 */
export function networkIntro(network: NetworkIntroFacts, atlas: AtlasSummary, unit: string): string {
	const stem = network.layers.filter((l) => l.type === 'conv').length;
	const mixed = network.layers.filter((l) => l.type === 'mixed').map((l) => l.name);
	return paragraph([
		'From here on the live figures run a small network trained for this page, not InceptionV1, whose weights',
		`this site cannot carry. It has InceptionV1’s shape (a stem of ${stem} convolutions, then the mixed blocks`,
		`${mixed[0]} to ${mixed.at(-1)}), much narrower, on 64 × 64 pictures:`,
		`${network.parameters.toLocaleString('en-GB')} weights. It learned to sort`,
		`${network.trainingScenes.toLocaleString('en-GB')} scenes of a drawn world into ${atlas.classes.length} kinds`,
		`(one of each in the picture) and gets ${(atlas.heldoutAccuracy * 100).toFixed(1)}% of held-out scenes right.`,
		'Its layer names follow InceptionV1’s; its unit numbers are its own: a unit these pages call',
		`${unit} is not InceptionV1’s ${unit}.`
	]);
}

/**
 * The high-low frequency detectors the analysis found, and whether they are more than edge detectors: up to
 * "than the edge", which the figure follows with what the edge gives, where it was measured.
 */
export function highLowFound(atlas: AtlasSummary): string {
	const h = atlas.highLow;
	return paragraph([
		'The analysis looks for high-low frequency detectors in the first layers, with a boundary between a',
		'texture blurred on one side and sharp on the other, turned through the circle on four textures.',
		`It finds the most in ${h.layer}: ${h.units} units tuned to the boundary’s orientation, whose preferred`,
		`angles leave a gap of ${h.largestGap}° at most.`,
		'It then replaces the boundary by a plain edge, the same texture on both sides, one side darker, by the',
		`texture’s own contrast: ${h.units - h.edgeWins} of the ${h.units} units answer the blurred boundary more`,
		'than the edge'
	]);
}

/** How many of the high-low family keep the name on their unit pages, under the label's two rules. */
export function highLowLabelled(atlas: AtlasSummary): string {
	const l = atlas.highLow.labels;
	return paragraph([
		'A tuning is not yet a name: a unit page calls a unit a high-low detector only when its best boundary gives at',
		`least ${l.labelShare} of what its strongest held-out scene gives it, and it answers the boundary more than the`,
		`plain edge. Of the ${l.selected}, ${l.strong} ${l.strong === 1 ? 'is' : 'are'} that strong, ${l.beatsEdge} beat the`,
		`edge, and ${l.labelled} ${l.labelled === 1 ? 'does' : 'do'} both.`
	]);
}

/** What feeds the head units: the two pathways below them, and the inhibition between them. */
export function headPathways(atlas: AtlasSummary): string {
	const h = atlas.heads;
	return paragraph([
		`Below them, ${h.sources.left} units of the block before prefer heads facing left and ${h.sources.right}`,
		'prefer heads facing right: those are the two pathways.',
		'This page does not show which part of a head (fur, eye, snout, neck) each of those units answers; what it',
		'shows, in the next figure, is how they feed the head units, and what happens when the',
		`${h.inhibitoryEdges} inhibitory edges between the pathways are cut.`
	]);
}

/** What one kind of gallery picture gives its unit, against the unit's best held-out scene. */
export function galleryMeasured(t: GalleryTally, n: number): string {
	const own = `${t.own} ${t.own === 1 ? 'is' : 'are'}`;
	return paragraph([
		`${t.above} of ${n} excite their unit more than its best held-out scene (median ${formatNumber(t.ratio)}×);`,
		`${own} answered most by their own unit, ${t.neighbour} by a neighbour`,
		...(t.own + t.neighbour < n ? [`and ${n - t.own - t.neighbour} by a unit farther round`] : [])
	]);
}

/** How the gallery was grown, and where its pictures can be grown again. */
export function galleryGrown(grown: { seed: number; steps: number }, strokes: boolean): string {
	const how = strokes ? ', drawn as one stroke of ink or as waves of colour,' : '';
	return paragraph([
		`Grown from seed ${grown.seed} for ${grown.steps} steps with the live widget’s settings (press “Run”`,
		`below${how} to grow any of them).`
	]);
}

/** What the strokes and the waves of the gallery give their units. */
export function galleryBoth(strokes: GalleryTally, waves: GalleryTally, n: number): string {
	return paragraph([
		'Under each, what its unit gives the stroke and the waves, as a multiple of its best held-out scene.',
		`Strokes: ${galleryMeasured(strokes, n)}. Waves: ${galleryMeasured(waves, n)}.`
	]);
}
